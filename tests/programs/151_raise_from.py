# raise ... from ...
class ConfigError(Exception):
    pass
def load(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad config value {value!r}") from e
try:
    load("x")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("no cause") from None
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__)
try:
    raise ValueError("explicit") from KeyError("origin")
except ValueError as e:
    print(e, "<-", repr(e.__cause__))
print(load("17"))
