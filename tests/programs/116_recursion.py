# Recursive functions
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(fact(20), [fib(i) for i in range(20)])
print(power_set([1, 2, 3]))
print(permutations("abc"), len(permutations("abcde")))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(ackermann(2, 3), ackermann(3, 3))
def sum_nested(x):
    if isinstance(x, (list, tuple)):
        return sum([sum_nested(i) for i in x])
    return x
print(sum_nested([1, [2, (3, [4])], [[5]]]))
def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)
print([binary(n) for n in [0, 1, 5, 10, 255]])
