# Guest program of tests/observe/glassjit_gdb.sh: a compiled loop whose trace
# is invalidated mid-run (add_global() adds a key to the globals dict, whose
# layout the trace assumed: see tests/tier2/invalidate.py) and then freed.
scale = 10


def add_global():
    global extra
    extra = 1


def hot(n):
    total = 0
    for i in range(n):
        total = total + scale
        if i == 100:
            add_global()
    return total


print(hot(300), extra)
