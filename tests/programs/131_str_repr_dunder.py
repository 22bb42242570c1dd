# __str__ and __repr__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print(f"{m} {m!r}")
print("%s %r" % (m, m))
print("{} {!r}".format(m, m))
print({"price": m})
print((m,))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), [o])
class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, str(s), f"{s}")
print(repr(s).startswith("<__main__.OnlyStr object at "))
class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return "Nested(" + repr(self.items) + ")"
print(Nested([Money(1), Nested([])]))
