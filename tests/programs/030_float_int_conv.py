# float <-> int conversions, is_integer
for v in [3.0, 3.5, -2.0, -2.7, 0.0, 1e10, 0.1]:
    print(v, int(v), v.is_integer(), float(int(v)))
print(float(1), float(-5), float(2 ** 53), float(10 ** 18))
print(int(2.999999), int(-2.999999), int(1e15 + 0.5))
print(float("3"), float("-0"), float("1e-3"), float(".5"), float("5."))
print(int(float("42.0")), int("42"), float(True))
print(7 / 7, int(7 / 7), 7 // 7)
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(round(2.5) + 0, int(round(3.7)), round(-3.7))
x = 12.75
whole = int(x)
frac = x - whole
print(whole, frac)
print(str(1.0), str(10.0), str(1e16), str(-1e-7))
print(float(int("123456789")) / 1000)
print((1.5).is_integer(), (2.0).is_integer(), float("inf").is_integer())
