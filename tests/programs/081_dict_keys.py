# Key equality and hashing rules
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "zero float"
print(d)
t = {(1, 2): "p", (1, (2, 3)): "q", "": "empty", -1: "neg"}
print(t[(1, 2)], t[1, (2, 3)], t[""], t[-1])
print((1, 2) in t, [1, 2] in [[1, 2]], (2, 1) in t)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"Key({self.v})"
k1 = Key(5)
k2 = Key(5)
m = {k1: "first"}
m[k2] = "second"
print(m, len(m), m[Key(5)])
class NoHash:
    pass
a = NoHash()
b = NoHash()
n = {a: 1, b: 2}
print(len(n), n[a], n[b])
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
