# Guest program of tests/observe/glassjit_perf.sh: JIT-heavy (a few hot
# loops, compiled to machine code), running for about half a second, so
# most samples land in JIT code.  The test asserts samples at lines of this
# file: keep the marked lines where they are.  argv[1]: repetitions.
import sys


def mix(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * 7) % 1000003      # line 11
        if acc & 1:
            acc = acc + 3                  # line 13
    return acc


def step(x):
    return (x * 31 + 7) % 65521            # line 18


def chain(n):
    t = 1
    for i in range(n):
        t = step(t) + i % 3                # line 24
    return t


def main(reps):
    total = 0
    for k in range(reps):
        total = total + mix(300000) + chain(20000)
    return total


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40))
