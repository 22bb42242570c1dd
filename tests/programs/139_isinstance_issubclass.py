# isinstance / issubclass with builtins and user classes
vals = [1, 1.0, True, "s", [], (), {}, set(), None, range(1)]
types_ = [int, float, bool, str, list, tuple, dict, set, object]
for v in vals:
    print(repr(v).ljust(10), [t.__name__ for t in types_ if isinstance(v, t)])
print(isinstance(1, (str, int)), isinstance("x", (int, float)), isinstance(2.5, (int, (float, str))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(float, (int, str)))
class A:
    pass
class B(A):
    pass
class C(B):
    pass
for cls in [A, B, C]:
    print(cls.__name__, issubclass(cls, A), issubclass(cls, B), issubclass(cls, C), issubclass(cls, object))
c = C()
print(isinstance(c, A), isinstance(c, (int, B)), isinstance(A(), C))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(ValueError("x"), Exception), issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(type(1) == int, type(True) == int, type(c) == C, type(c) == B)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
