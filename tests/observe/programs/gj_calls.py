# Guest program of tests/observe/glassjit_gdb.sh: a hot loop (traced and
# compiled after a few iterations) whose body adds ints and calls a guest
# function (_CALL_PY_EXACT -> call_py_exact_args) and a native one
# (_CALL_NATIVE -> len's C function).  Line numbers are asserted by the test:
# keep the marked lines where they are.
def leaf(x):
    return x + 1


def main():
    t = 0
    items = [1, 2, 3]
    for i in range(200):
        t = t + i                  # line 14: _BINARY_OP_ADD_INT
        t = leaf(t)                # line 15: _CALL_PY_EXACT
        t = t + len(items)         # line 16: _CALL_NATIVE
    return t


print(main())
