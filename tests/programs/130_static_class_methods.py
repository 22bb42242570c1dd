# @staticmethod and @classmethod
class Temp:
    unit = "C"
    instances = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.instances += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.instances} made"
    def in_f(self):
        return self.c_to_f(self.deg)
print(Temp.c_to_f(100), Temp.c_to_f(-40))
t = Temp.from_f(212)
print(t.deg, t.in_f(), type(t).__name__)
print(Temp.describe(), t.describe())
class Kelvin(Temp):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe())
print(t.c_to_f(0), Kelvin.c_to_f(37))
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @staticmethod
    def helper(a, b=1):
        return a + b
print(Registry.add("a"), Registry.add("b"), Registry.items)
print(Registry.helper(1), Registry().helper(5, b=5))
