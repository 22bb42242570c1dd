# Dict creation, access, update, membership
d = {"a": 1, "b": 2}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["c"] = 3
d["a"] = 100
print(d)
empty = {}
print(empty, len(empty), type(empty), bool(empty), bool(d))
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2))
mixed = {1: "int", "s": "str", (1, 2): "tuple", None: "none", 2.5: "float", True: "bool"}
print(mixed)
print(mixed[1], mixed[(1, 2)], mixed[None])
print(d == {"c": 3, "b": 2, "a": 100}, d != {"a": 100})
print(list(d), sorted(d), len({}))
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
try:
    print(d[[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    empty[{}] = 1
except TypeError as err:
    print("TypeError:", err)
nested = {"outer": {"inner": {"deep": [1, 2, {"x": "y"}]}}}
print(nested["outer"]["inner"]["deep"][2]["x"])
nested["outer"]["new"] = 5
print(nested)
