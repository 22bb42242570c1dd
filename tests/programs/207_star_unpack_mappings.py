# * and ** unpacking from lists, tuples, strings, dicts and user mappings
# (keys() + __getitem__), including the errors (only their type is printed).
class M:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k * 2


def f(**kw):
    return sorted(kw.items())


print({**{"x": 1}, **M(), "y": 2})
print(f(**M()), f(**{"z": 3}, **M()))
print([*range(3), *(4, 5), *"ab", *[9]], (*"xy", 1))
cases = [
    lambda: {**5},
    lambda: f(**5),
    lambda: f(**{"a": 1}, **M()),
    lambda: f(**M(), **M()),
    lambda: f(**{1: 2}),
    lambda: [*5],
]
for bad in cases:
    try:
        bad()
        print("no error")
    except TypeError as e:
        print(type(e).__name__)
