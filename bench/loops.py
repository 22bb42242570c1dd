# Nested integer loops: arithmetic, modulo, shifts and bitwise operations.
# Every intermediate value stays well inside signed 64 bits.

MASK = 0xFFFFFFFF


def mix(n):
    # Integer hash-mixing over an n*n grid.
    acc = 0
    for i in range(n):
        row = (i * 2654435761) & MASK
        for j in range(n):
            x = (row ^ (j * 40503)) & MASK
            x = ((x << 3) | (x >> 29)) & MASK
            x = (x + i * j) % 1000003
            if x & 1:
                acc += x >> 1
            else:
                acc -= x % 97
            acc &= 0xFFFFFFFFFFFF
    return acc


def sieve_count(limit):
    # Count primes below limit with a list-based sieve.
    flags = [1] * limit
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i < limit:
        if flags[i]:
            k = i * i
            while k < limit:
                flags[k] = 0
                k += i
        i += 1
    count = 0
    for f in flags:
        count += f
    return count


def collatz_max(limit):
    # Longest Collatz chain for starting values below limit.
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n * 1000 + best


def gcd_sum(n):
    # Sum of gcd(a, b) for 1 <= a, b < n using Euclid's algorithm.
    total = 0
    for a in range(1, n):
        for b in range(1, n):
            x = a
            y = b
            while y:
                t = x % y
                x = y
                y = t
            total += x
    return total


def main():
    a = mix(900)
    b = sieve_count(1000000)
    c = collatz_max(50000)
    d = gcd_sum(600)
    print("mix=%d primes=%d collatz=%d gcd=%d" % (a, b, c, d))
    print(f"loops checksum={(a + b * 31 + c * 17 + d) % 1000000007}")


main()
