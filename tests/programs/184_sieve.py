# Program: sieve of Eratosthenes and prime statistics
def sieve(limit):
    is_p = [True] * (limit + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= limit:
        if is_p[i]:
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
        i += 1
    return [k for k in range(limit + 1) if is_p[k]]
primes = sieve(100000)
print(len(primes), primes[:15], primes[-3:])
gaps = {}
for a, b in zip(primes, primes[1:]):
    g = b - a
    gaps[g] = gaps.get(g, 0) + 1
print(sorted(gaps.items())[:8])
print("max gap:", max(gaps))
twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:5], twins[-1])
pset = set(primes)
def goldbach(n):
    for p in primes:
        if n - p in pset:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
print(sum(primes[:1000]))
