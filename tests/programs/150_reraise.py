# raise: bare re-raise, raising instances and classes, re-raise different exception
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught:", e)
        return "handled"
print(level1())
def convert():
    try:
        int("bad")
    except ValueError:
        raise TypeError("converted")
try:
    convert()
except TypeError as e:
    print("TypeError:", e)
def cleanup_and_reraise():
    try:
        [][0]
    except IndexError as e:
        print("cleanup for", type(e).__name__)
        raise e
try:
    cleanup_and_reraise()
except IndexError as e:
    print("outer got:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised, args:", e.args)
exc = RuntimeError("stored", 42)
try:
    raise exc
except RuntimeError as e:
    print(e is exc, e.args, e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("got second:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
