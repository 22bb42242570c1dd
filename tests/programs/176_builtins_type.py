# type() of values and printing classes
class Foo0:
    pass
vals = [1, 1.5, "s", True, None, [1], (1,), {1: 2}, {1}, range(2), lambda: 0, Foo0()]
for v in vals:
    print(type(v))
class Foo:
    pass
class Bar(Foo):
    pass
print(type(Foo()), type(Bar()), type(Foo()) is Foo, type(Bar()) is Foo)
print(type(Foo()).__name__, type(3).__name__, type("").__name__, type(None).__name__)
print(type(1) is int, type(1.0) is float, type(True) is bool, type([]) is list)
print(type(type(1)), int, str, Foo)
print(type(ValueError("x")), ValueError)
t = type(5)
print(t("42") + 1, type("x")(3.5), type([])("ab"))
import math
print(type(math))
