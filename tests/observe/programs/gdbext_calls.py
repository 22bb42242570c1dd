# Guest program of tests/observe/gdbext_*.sh (the glassjit gdb extension,
# gdb/glassjit-gdb.py).  The loop in outer() is traced and compiled after two
# iterations (GLASSJIT_JIT_THRESHOLD=2); each iteration calls inner() from JIT
# code (_CALL_PY_EXACT -> call_py_exact_args), which calls len() (the native
# builtin bi_len).  Line numbers and values are asserted by the tests: keep
# the marked lines where they are.
class Point:
    pass


def inner(n, label):
    s = 'abc'
    xs = [1, 2.5, None]
    d = {'k': (1, True), 'neg': -7}
    r = len(xs)                           # line 15: bi_len
    late = r
    return late + n


def outer(k):
    total = 0
    p = Point()
    for i in range(50):                   # line 23: the loop head
        total = total + inner(i, 'lbl')   # line 24: _CALL_PY_EXACT
        total = total - 1                 # line 25: _BINARY_OP_SUB_INT
    return total + k


print(outer(3))
