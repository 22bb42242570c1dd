# Program: memoized Fibonacci and other DP with dicts
memo = {0: 0, 1: 1}
calls = 0
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(30), calls)
print(fib(92), calls)
print([fib(i) for i in range(0, 93, 10)])
def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print(fib_naive(18), fib_naive(18) == fib(18))
cache = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in cache:
        cache[key] = paths(r - 1, c) + paths(r, c - 1)
    return cache[key]
print(paths(2, 2), paths(10, 10), paths(16, 16), len(cache))
def coin_ways(amount, coins):
    ways = {0: 1}
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] = ways.get(a, 0) + ways.get(a - coin, 0)
    return ways.get(amount, 0)
print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(7, [2, 4]), coin_ways(0, [1]))
def lcs(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = ""
            elif a[i - 1] == b[j - 1]:
                table[i, j] = table[i - 1, j - 1] + a[i - 1]
            else:
                x = table[i - 1, j]
                y = table[i, j - 1]
                table[i, j] = x if len(x) >= len(y) else y
    return table[len(a), len(b)]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
