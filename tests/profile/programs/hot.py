# Guest program of tests/profile/*.sh: CPU-bound, about a second, with one
# clearly hottest guest function (churn: ~90% of the work) whose loop is
# dominated by integer modulo, so the hottest uop is _BINARY_OP_MOD_INT at
# line 12.  The tests assert these names and lines: keep them where they are.
# argv[1]: repetitions (default 200).
import sys


def churn(n):
    acc = 7
    for i in range(n):
        acc = (acc * 31 + i) % 1000003 % 65521 % 4093 % 1021   # line 12
    return acc


def light(n):
    t = 0
    for i in range(n):
        t = t + i
    return t


def main(reps):
    total = 0
    for k in range(reps):
        total = total + churn(100000) + light(10000)
    return total


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
