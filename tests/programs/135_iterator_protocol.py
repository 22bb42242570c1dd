# __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
for n in Countdown(3):
    print("tick", n)
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        v = self.i
        self.i += 2
        return v
r = Range2(0, 9)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print([x * 10 for x in r], 4 in r, 5 in r)
it = iter(r)
print(next(it), next(it), next(it))
print(list(zip(r, "abc")), list(enumerate(Countdown(2))))
a, b, c = Countdown(3)
print(a, b, c)
it2 = iter(Countdown(1))
print(next(it2), next(it2, "default"))
try:
    next(it2)
except StopIteration:
    print("StopIteration raised")
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), dict(zip(Fib(5), "abcdef")))
