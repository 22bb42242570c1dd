# Float arithmetic, floor division, modulo
a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(5.5 % 1, -5.5 % 1, 1e10 % 3, 0.3 % 0.1)
print(2 ** 0.5, 10 ** -2, 2.0 ** -3)
print(1.0 / 3.0 * 3.0, 0.1 * 3, 0.7 + 0.1)
print(1e308 * 10, -1e308 * 10)
print(3 + 0.5, 3 * 0.5, 3 - 0.5, 3 / 0.5)
total = 0.0
for v in [0.1] * 10:
    total += v
print(total)
avg = sum([1.5, 2.5, 3.5, 4.0]) / 4
print(avg)
print(round(2.675, 2), round(0.1 + 0.2, 10))
print(divmod(10.5, 3), divmod(-10.5, 3))
print(float(10 ** 15) + 0.5, 2.0 ** 53 + 1)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
