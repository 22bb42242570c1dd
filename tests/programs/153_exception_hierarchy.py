# Catching via base classes
tests = [
    ("ZeroDivisionError", lambda: 1 // 0),
    ("IndexError", lambda: [][0]),
    ("KeyError", lambda: {}[0]),
    ("ValueError", lambda: int("x")),
    ("TypeError", lambda: len(1)),
    ("AttributeError", lambda: (1).nope),
    ("NameError", lambda: nope_name),
    ("OverflowError", lambda: int(float("inf"))),
    ("RecursionError", None),
    ("StopIteration", lambda: next(iter([]))),
    ("AssertionError", None),
]
bases = [ArithmeticError, LookupError, Exception, BaseException]
for name, fn in tests:
    if fn is None:
        continue
    try:
        fn()
    except BaseException as e:
        got = type(e).__name__
        matches = [b.__name__ for b in bases if isinstance(e, b)]
        print(f"{name:<18} {got == name} {matches}")
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception), issubclass(SystemExit, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(IndexError, LookupError))
try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError caught KeyError:", e)
try:
    raise OverflowError("big")
except ArithmeticError as e:
    print("ArithmeticError caught:", type(e).__name__, e)
