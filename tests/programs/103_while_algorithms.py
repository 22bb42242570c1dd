# while-loop algorithms
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10 ** 12, 2 ** 62]])
def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
arr = list(range(0, 200, 3))
for t in [0, 99, 198, 100, -5, 500]:
    print(t, bsearch(arr, t))
def newton_sqrt(v):
    g = v / 2.0
    it = 0
    while abs(g * g - v) > 1e-12 * v:
        g = (g + v / g) / 2
        it += 1
    return round(g, 10), it
print(newton_sqrt(2.0), newton_sqrt(1e6), newton_sqrt(10.0))
def bits(n):
    out = []
    while n > 0:
        out.append(n & 1)
        n >>= 1
    return out
print(bits(37), bits(0), bits(255))
