# __bool__ and __len__ drive truthiness
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
for obj in [Bag(), Bag(1), Switch(True), Switch(False), Both()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
b = Bag(1, 2, 3)
print(len(b), len(Bag()))
items = [Bag(), Bag(0), Switch(False), Switch(True)]
print([type(x).__name__ for x in items if x])
print(Bag() or "fallback", Switch(True) and "chosen")
n = 0
s = Bag(1, 2)
while s:
    s.items.pop()
    n += 1
print("popped", n)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
