# Basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b)
print(b - a, b * -a)
print(a + b * 2, (a + b) * 2)
print(a - b - 3, a - (b - 3))
print(2 * 3 + 4 * 5 - 6)
print(100 - 99 + 1)
total = 0
for i in range(1, 101):
    total = total + i
print("sum 1..100 =", total)
prod = 1
for i in range(1, 16):
    prod = prod * i
print("15! =", prod)
print(0 * 12345, 1 * 12345, -1 * 12345)
print(3 - -3, -3 - 3, -3 + -3)
x = 1
for i in range(62):
    x = x * 2
print("2**62 via loop:", x)
print(x - 1 + x)
print(1000000007 * 1000000007 % 998244353)
print(abs(-12), abs(12), abs(0))
