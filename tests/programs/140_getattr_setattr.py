# getattr / setattr / hasattr / delattr via del
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def get(self, name):
        return getattr(self, name, "<missing>")
r = Record(name="ann", age=30)
print(r.name, r.age, getattr(r, "name"), r.get("age"), r.get("zip"))
setattr(r, "age", 31)
print(r.age, hasattr(r, "age"), hasattr(r, "zip"))
print(getattr(r, "missing", None), getattr(r, "get")("name"))
for field in ["name", "age", "email"]:
    print(field, getattr(r, field, "n/a"))
class Ops:
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b
ops = Ops()
for name in ["add", "mul", "div"]:
    if hasattr(ops, name):
        print(name, getattr(ops, name)(6, 7))
    else:
        print(name, "not supported")
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr("str", "upper"), hasattr([], "append"), hasattr(5, "real_thing"))
print(getattr("abc", "upper")())
class Cls:
    shared = 1
setattr(Cls, "shared", 2)
print(Cls.shared, getattr(Cls, "shared"))
