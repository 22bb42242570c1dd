# User-defined exception classes
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f"not found: {self.key}"
class Invalid(AppError):
    pass
class RangeError(ValueError):
    def __init__(self, value, lo, hi):
        self.value = value
        self.lo = lo
        self.hi = hi
        super().__init__(f"{value} not in [{lo}, {hi}]")
def check(v):
    if v is None:
        raise NotFound("v")
    if not 0 <= v <= 10:
        raise RangeError(v, 0, 10)
    if v == 7:
        raise AppError("seven is unlucky", 7)
    return v
for v in [5, None, 42, 7, -1]:
    try:
        print("ok", check(v))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args)
    except RangeError as e:
        print("RangeError:", e, e.value, isinstance(e, ValueError))
    except AppError as e:
        print("AppError:", e, e.args)
print(issubclass(NotFound, AppError), issubclass(RangeError, AppError), issubclass(AppError, Exception))
e = NotFound("x")
print(str(e), repr(e.key), type(e).__name__)
class Empty(Exception):
    pass
print(repr(str(Empty())), str(Empty("a", "b")), Empty("a").args)
