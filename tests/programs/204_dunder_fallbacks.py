# Default behaviours derived from other dunders
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
print(Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq(1) != 1)
class IterOnly:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
io = IterOnly([1, 2, 3])
print(2 in io, 5 in io, list(io), sorted(io, reverse=True), sum(io), max(io))
a, b, c = io
print(a, b, c, [x * 2 for x in io], dict(zip(io, "xyz")))
class LenOnly:
    def __len__(self):
        return 3
print(bool(LenOnly()), len(LenOnly()), "truthy" if LenOnly() else "falsy")
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Lt({self.v})"
print(Lt(1) < Lt(2), Lt(3) > Lt(2), sorted([Lt(3), Lt(1), Lt(2)]), max([Lt(5), Lt(9), Lt(1)]))
class StrOnly:
    def __str__(self):
        return "S"
print(str(StrOnly()), f"{StrOnly()}", "%s" % StrOnly(), "{}".format(StrOnly()))
class ReprOnly:
    def __repr__(self):
        return "R"
print(str(ReprOnly()), f"{ReprOnly()}", [ReprOnly()], (ReprOnly(),))
class AddOnly:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return AddOnly(self.v + (o.v if isinstance(o, AddOnly) else o))
x = AddOnly(1)
x += 5
x += AddOnly(10)
print(x.v)
try:
    x - 1
except TypeError as e:
    print("TypeError:", e)
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError:", e)
