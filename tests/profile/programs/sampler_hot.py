# Guest program of tests/profile/sampler_*.sh: CPU-bound, with one function
# that clearly dominates inclusive time.  `crunch` (integer arithmetic in a
# hot loop, compiled to machine code) takes about 3/4 of the work, reached
# through `work` from `main`; `light` takes the rest, called from `main`
# directly, so by inclusive samples: main > work >= crunch > light.
# argv[1]: repetitions (the sanitizer build runs fewer).
import sys


def crunch(n, seed):
    acc = seed
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        if acc & 1:
            acc = acc + 7
    return acc


def light(n):
    s = 0
    for i in range(n):
        s = s + (i & 15)
    return s


def work(reps):
    t = 0
    for k in range(reps):
        t = (t + crunch(6000, k)) % 65521
    return t


def main(reps):
    a = work(reps)
    b = 0
    for k in range(reps):
        b = b + light(2000)
    return a, b


reps = int(sys.argv[1]) if len(sys.argv) > 1 else 200
a, b = main(reps)
print("sampler_hot", reps, a, b)
