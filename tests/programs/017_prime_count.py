# Trial-division primality and prime counting
def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True
print([n for n in range(50) if is_prime(n)])
for limit in [10, 100, 1000, 10000]:
    print(limit, len([n for n in range(limit) if is_prime(n)]))
print(is_prime(1000000007), is_prime(1000000008), is_prime(2147483647))
def factorize(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs
for n in [1, 2, 12, 97, 360, 1001, 65536, 999999, 600851475143]:
    print(n, factorize(n))
