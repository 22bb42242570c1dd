# Single inheritance, overriding, method resolution
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (squeaky)"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"
    def describe(self):
        return "The cat refuses. " + Animal.describe(self)
for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(a.describe())
p = Puppy("x")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Cat, object))
print(type(p).__name__, type(p) is Dog, type(p) is Puppy)
class Base:
    def hook(self):
        return "base hook"
    def run(self):
        return "run -> " + self.hook()
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Base().run(), Derived().run())
class NoInit(Animal):
    pass
n = NoInit("inherited init")
print(n.name, n.speak(), n.kind)
