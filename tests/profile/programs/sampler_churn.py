# Guest program of tests/profile/sampler_churn.sh: JIT code freed and made
# again while being sampled.  hot()'s loop is traced and compiled with the
# globals dict's layout built in; every so often it calls grow(), which adds
# a new global: the running trace is invalidated and freed, and the loop is
# traced and compiled again, possibly at the freed address.  The sampler
# must name each sample after the code that was there when it was taken
# (never [jit]) and must not crash.  argv[1]: loop length.
import sys

scale = 3
grown = []


def grow(k):
    global g0, g1, g2, g3, g4, g5, g6, g7
    if k == 0:
        g0 = 0
    elif k == 1:
        g1 = 1
    elif k == 2:
        g2 = 2
    elif k == 3:
        g3 = 3
    elif k == 4:
        g4 = 4
    elif k == 5:
        g5 = 5
    elif k == 6:
        g6 = 6
    elif k == 7:
        g7 = 7
    grown.append(k)


def hot(n):
    total = 0
    step = n // 9
    for i in range(n):
        total = (total + scale * i) % 1000003
        if i % step == step - 1 and len(grown) < 8:
            grow(len(grown))
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
print("sampler_churn", n, hot(n), grown)
