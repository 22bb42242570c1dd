# TypeError messages for bad calls
def two(a, b):
    return a + b
def defaults(a, b=1, c=2):
    return a
def kwonly(a, *, k):
    return a
text = "abc"
nothing = None
def no_args():
    return 0
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=5),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: kwonly(1),
    lambda: kwonly(1, 2),
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: text(),
    lambda: nothing(),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
