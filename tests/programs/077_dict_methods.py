# Dict methods
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0), d.get("x", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("y"), d, d.pop("nope", "dflt"))
print(d.setdefault("x", 50), d.setdefault("n", 50), d)
d.update({"x": -1, "q": 7})
print(d)
d.update(r=8, s=9)
print(d)
d.update([("t", 10)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
print(dict.fromkeys(["a", "b", "c"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
k = d.keys()
d["late"] = 1
print(len(k), "late" in k, list(k)[-1])
print(3 in d.values(), ("x", -1) in d.items())
d.clear()
print(d, len(d))
try:
    d.pop("gone")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
