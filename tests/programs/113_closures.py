# Closures capture variables from enclosing scopes
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def compose(*fns):
    def composed(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return composed
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def make_pair():
    shared = []
    def push(v):
        shared.append(v)
        return len(shared)
    def get():
        return list(shared)
    return push, get
push, get = make_pair()
push(1)
push(2)
print(get())
def rebinding_later():
    def show():
        return val
    val = "assigned after def"
    return show()
print(rebinding_later())
