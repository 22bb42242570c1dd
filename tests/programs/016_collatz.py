# Collatz sequences
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print([collatz_len(n) for n in range(1, 21)])
best, best_n = 0, 0
for n in range(1, 10000):
    c = collatz_len(n)
    if c > best:
        best, best_n = c, n
print("longest below 10000:", best_n, best)
def seq(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
s = seq(27)
print(len(s), max(s), s[:10], s[-5:])
