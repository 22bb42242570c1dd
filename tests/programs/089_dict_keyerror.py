# KeyError handling and lookup fallbacks
d = {"a": 1, 2: "two", (3, 4): "tuple"}
for key in ["a", "b", 2, 3, (3, 4), (4, 3)]:
    try:
        print(repr(key), "->", d[key])
    except KeyError as e:
        print(repr(key), "KeyError", e, repr(e.args[0]) == repr(key))
def lookup(table, key, default=None):
    try:
        return table[key]
    except KeyError:
        return default
print(lookup(d, "a"), lookup(d, "zz"), lookup(d, "zz", -1))
print(d.get("zz", "fallback"), "zz" in d)
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught:", type(e).__name__, e)
try:
    d.pop(99)
except KeyError as e:
    print("pop KeyError", e)
try:
    {"k": 1}[""]
except KeyError as e:
    print("empty key:", e)
