# Euclid's algorithm, LCM, coprimality
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)
pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (100, 75), (-24, 36), (1071, 462), (2 ** 30, 6 ** 15)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(abs(a), abs(b)), lcm(abs(a) or 1, abs(b) or 1))
acc = 1
for i in range(1, 21):
    acc = lcm(acc, i)
print("lcm(1..20) =", acc)
coprime = [n for n in range(1, 31) if gcd(n, 30) == 1]
print("coprime to 30:", coprime)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(240, 46), (35, 15), (99, 78)]:
    g, x, y = ext_gcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g)
