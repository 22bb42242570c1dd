# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add3 = Adder(3)
print(add3(10), list(map(add3, [1, 2, 3])), Adder(-1)(1))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (self.calls, args, sorted(kwargs))
c = Counter()
print(c(), c(1, 2), c(k=1))
print(c.calls)
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        r = 0
        for co in self.coeffs:
            r = r * x + co
        return r
p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)])
print(sorted([3, -1, 2], key=Adder(0)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    return n * n
print(slow_square(9), slow_square(9), len(slow_square.cache))
try:
    Counter()()
    Polynomial()(1, 2)
except TypeError as e:
    print("TypeError raised")
