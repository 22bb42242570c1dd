# Module state is shared between all importers
import mod_state
from mod_state import incr
print(mod_state.counter)
incr()
incr(5)
mod_state.incr(10)
print(mod_state.counter, mod_state.history)
from mod_state import counter
print(counter)
mod_state.reset()
print(mod_state.counter, mod_state.history, counter)
mod_state.counter = 100
print(incr(), mod_state.history)
import mod_errors
for text in ["123", "12a", "x"]:
    try:
        print(mod_errors.parse_int(text))
    except mod_errors.ModError as e:
        print(type(e).__name__, e, e.pos)
from mod_errors import ParseError
try:
    mod_errors.parse_int("9-9")
except ParseError as e:
    print("ParseError:", e.text, e.pos)
