# Set comprehensions
print({x % 5 for x in range(20)})
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({len(w) for w in "a bb cc ddd eeee f".split()}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["Apple", "apple", "APPLE", "Banana", "banana"]
uniq = {w.lower() for w in words}
print(sorted(uniq), len(uniq))
primes = {n for n in range(2, 50) if all([n % d for d in range(2, n)])}
print(sorted(primes))
print({abs(x) for x in [-1, 1, -2, 2, 0]})
