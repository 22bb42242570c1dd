# Exponentiation, including negative exponents and 3-arg pow
print(2 ** 10, 3 ** 4, 10 ** 0, 0 ** 0, 0 ** 5)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 10, 4 ** 0.5, 27 ** (1 / 3))
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
print(pow(3, 200, 1000007), pow(7, 0, 13), pow(5, 3, 13))
print(pow(-3, 3, 7), pow(123456789, 987654321, 1000000007))
print(1 ** 1000000, (-1) ** 1000001)
b = 3
b **= 3
print(b)
print(10 ** 18, -(10 ** 18))
print(0.5 ** 3, 1.5 ** 2)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
