# Guest program of tests/observe/gdbext_printer.sh (the gdb Value printer).
# show() calls len(vals) (the test breaks in bi_len and prints the items of
# args[0]); then the program prints repr() of every item of `vals`, one a
# line, which the test compares with what gdb printed.  `extra` holds values
# whose repr gdb shortens or which include addresses.
class Point:
    def __init__(self):
        self.x = 1

    def norm(self):
        return self.x


def f(a):
    return a


def show(vals, extra):
    return len(vals) + len(extra)


loop = [1]
loop.append(loop)
vals = [
    'abc',
    [1, 2.5, None],
    -42,
    1 << 60,
    -(1 << 50),
    2.5,
    -0.0,
    1e300 * 1e300,
    0.1,
    True,
    False,
    None,
    "it's \"q\"\n\t\u00e9\\",
    (1,),
    (),
    (1, 'two', 3.0),
    {'a': [1, {'b': 2}], 3: None},
    {},
    {7},
    set(),
    frozenset([5]),
    range(3),
    range(1, 10, 2),
    loop,
    [[[[[1]]]]],
    ValueError('bad', 2),
    [],
    140737488355327,
    -140737488355328,
    140737488355328,
]
extra = [
    list(range(15)),
    'x' * 300,
    f,
    Point,
    Point(),
    Point().norm,
    len,
    int,
    [1, 2].append,
    [[[[[[[[1]]]]]]]],
]
show(vals, extra)
for v in vals:
    print(repr(v))
