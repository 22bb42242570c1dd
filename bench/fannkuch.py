# Fannkuch-redux: for every permutation of 0..n-1, count the prefix
# reversals ("pancake flips") needed to bring 0 to the front; report the
# maximum and a signed checksum. Permutations are generated iteratively
# (counting order, as in the benchmarks game) with explicit list loops.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # Count flips for the current permutation.
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation.
        while True:
            if r == n:
                return [checksum, max_flips]
            perm0 = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def main():
    n = 9
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    res = fannkuch(n)
    again = fannkuch(n)
    if again[0] != res[0] or again[1] != res[1]:
        print("fannkuch: results differ between runs")
    print("%d" % res[0])
    print(f"Pfannkuchen({n}) = {res[1]}")


main()
