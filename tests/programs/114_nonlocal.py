# nonlocal
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(10), c2(), c1())
def accumulate():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total, len(items)
    return add
acc = accumulate()
for v in [5, 10, 15]:
    print(acc(v))
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
f = fib_gen()
print([f() for _ in range(15)])
def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip
t = toggler()
print(t(), t(), t())
