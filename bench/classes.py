# Classes: an expression-tree evaluator (polymorphic method calls over a
# class hierarchy with super()), a counter with class attributes, and
# value objects with comparison/arithmetic dunders sorted by sorted().


class Node:
    created = 0

    def __init__(self):
        Node.created += 1

    def eval(self, env):
        raise NotImplementedError("eval")

    def size(self):
        return 1


class Num(Node):
    def __init__(self, value):
        super().__init__()
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp(Node):
    def __init__(self, left, right):
        super().__init__()
        self.left = left
        self.right = right

    def size(self):
        return 1 + self.left.size() + self.right.size()

    def eval(self, env):
        return self.apply(self.left.eval(env), self.right.eval(env))

    def apply(self, a, b):
        return 0


class Add(BinOp):
    def apply(self, a, b):
        return a + b


class Sub(BinOp):
    def apply(self, a, b):
        return a - b


class Mul(BinOp):
    def apply(self, a, b):
        return (a * b) % 1000003


class Mod(BinOp):
    def apply(self, a, b):
        if b == 0:
            return a
        return a % b


def build(depth, seed):
    # Deterministic pseudo-random tree.
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    if depth == 0:
        if seed % 3 == 0:
            return Num(seed % 100)
        return Var("xyzw"[seed % 4])
    k = (seed >> 4) % 4
    left = build(depth - 1, seed)
    right = build(depth - 1, seed ^ 0x5A5A5)
    if k == 0:
        return Add(left, right)
    if k == 1:
        return Sub(left, right)
    if k == 2:
        return Mul(left, right)
    return Mod(left, right)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __lt__(self, other):
        if self.total() == other.total():
            return self.name < other.name
        return self.total() < other.total()


class Inventory:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def add(self, item):
        self.items.append(item)

    def value(self):
        v = Money(0)
        for it in self.items:
            v = v + it.total()
        return v


def make_scaler(k):
    def scale(m):
        return m * k
    return scale


def main():
    tree = build(10, 7)
    check = 0
    for i in range(3000):
        env = {"x": i, "y": i * 3 + 1, "z": 17 - i, "w": i % 13}
        check = (check * 7 + tree.eval(env)) % 1000000007
    inv = Inventory()
    for i in range(3000):
        inv.add(Item("item%d" % (i % 97), Money((i * 37) % 1000 + 1), i % 7 + 1))
    double = make_scaler(2)
    ranked = sorted(inv.items)
    total = inv.value()
    print(f"tree size={tree.size()} nodes created={Node.created}")
    print(f"inventory len={len(inv)} value={total} doubled={double(total)}")
    print(f"cheapest={ranked[0].name} {ranked[0].total()} dearest={ranked[-1].name} {ranked[-1].total()}")
    print(f"first={inv[0].name} {inv[0].total()} equal={inv[0].total() == Money(1)}")
    print(f"classes checksum={check}")


main()
