# Class attributes vs instance attributes
class Dog:
    species = "canis familiaris"
    count = 0
    tricks_shared = []
    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        self.tricks_shared.append(t)
a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.species)
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks_shared)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
class Config:
    DEBUG = False
    LEVELS = ("low", "high")
    def describe(self):
        return f"debug={self.DEBUG} levels={self.LEVELS}"
c = Config()
print(c.describe())
Config.DEBUG = True
print(c.describe())
c.DEBUG = "instance"
print(c.describe(), Config.DEBUG)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
x = Counter()
y = Counter()
print(x.total, y.total, Counter.total)
