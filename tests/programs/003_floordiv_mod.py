# Floor division and modulo with negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 5), (-1, 5), (1, -5), (-1, -5), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, "->", q, r, q * b + r == a)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-1 // 10, -9 // 10, -10 // 10, -11 // 10)
print(-1 % 10, -9 % 10, -10 % 10, -11 % 10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(7 // 2.0, 7 % 2.5, -7 % 2.5)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
