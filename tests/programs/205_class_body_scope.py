# Class bodies: statements, loops and computed attributes at class level
class Table:
    header = ["id", "name"]
    widths = {}
    for h in header:
        widths[h] = len(h) + 4
    sep = "+".join(["-" * 6 for _ in range(3)])
    def row(self, *cells):
        return "|".join([str(c).ljust(self.widths.get(self.header[i], 6) if i < len(self.header) else 6) for i, c in enumerate(cells)])
t = Table()
print(Table.widths, Table.sep)
print(t.row(1, "ann", "extra"))
print(Table.h)
class Consts:
    A = 1
    B = A + 1
    C = [A, B, A * B + 10]
    if B > 1:
        MODE = "big"
    else:
        MODE = "small"
    def get(self):
        return (self.A, self.B, self.C, self.MODE)
print(Consts().get(), Consts.C)
def make_class(base_val):
    class Local:
        val = base_val
        def double(self):
            return self.val * 2
    return Local
K1 = make_class(5)
K2 = make_class("ab")
print(K1().double(), K2().double(), K1 is K2, type(K1()).__name__)
class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return Outer.Inner()
print(Outer().make().hello(), Outer.Inner().hello())
