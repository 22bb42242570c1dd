# Guest program of tests/observe/glassjit_gdb.sh: guest recursion through JIT
# code.  Every level runs a hot loop (traced and compiled) that calls the
# next level; the innermost level calls sorted(), a native function the test
# breaks in, so the native stack holds one py::rec frame per level.
def rec(n):
    t = 0
    for i in range(3):
        if n > 0:
            t = t + rec(n - 1)
        else:
            t = t + len(sorted([i, 3, 1]))
    return t


def main():
    total = 0
    for k in range(4):
        total = total + rec(4)
    return total


print(main())
