# Digit manipulation
def digits(n):
    n = abs(n)
    if n == 0:
        return [0]
    out = []
    while n:
        out.append(n % 10)
        n //= 10
    return out[::-1]
def digit_sum(n):
    return sum(digits(n))
def reverse_num(n):
    sign = -1 if n < 0 else 1
    r = 0
    n = abs(n)
    while n:
        r = r * 10 + n % 10
        n //= 10
    return sign * r
for n in [0, 7, 10, 123, -456, 9876543210, 1000000]:
    print(n, digits(n), digit_sum(n), reverse_num(n))
arm = [n for n in range(1, 10000) if n == sum([d ** len(str(n)) for d in digits(n)])]
print("armstrong:", arm)
def to_base(n, b):
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        s = chars[n % b] + s
        n //= b
    return "-" + s if neg else s
for b in [2, 3, 7, 16, 36]:
    print(b, to_base(1000, b), to_base(-255, b), int(to_base(1000, b), b))
