# Arithmetic dunders
class Frac:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = Frac.gcd(abs(n), d)
        self.n = n // g
        self.d = d // g
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        if o.n == 0:
            raise ZeroDivisionError("Frac division by zero")
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
a = Frac(1, 2)
b = Frac(1, 3)
print(a + b, a - b, a * b, a / b, -a, a + 1, a * 4, a - a)
print(Frac(6, -8), Frac(0, 5), a == Frac(2, 4), a == b, Frac(4, 2) == 2)
total = Frac(0)
for k in range(1, 11):
    total = total + Frac(1, k * (k + 1))
print(total)
h = Frac(0)
for k in range(1, 8):
    h += Frac(1, k)
print(h)
try:
    a / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 + a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a ** 2)
except TypeError as e:
    print("TypeError:", e)
