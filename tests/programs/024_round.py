# round(): banker's rounding, ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, 0.6, -0.6, 2.675, 1.005]:
    print(v, round(v), round(v, 1), round(v, 2))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7)), type(round(7, 1)))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-35, -1), round(123456, -3))
print(round(3.14159, 3), round(2.71828, 4), round(-2.71828, 1))
print(round(0.1 + 0.2, 15), round(1e-10, 5), round(123.456, 0))
print(round(7), round(-7), round(True))
total = 0.0
for i in range(1, 11):
    total += i * 0.1
print(total, round(total, 2))
