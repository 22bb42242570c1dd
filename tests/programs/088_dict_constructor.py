# dict() constructor forms and conversions
print(dict(a=1, b="two", c=[3]))
print(dict([(1, "one"), (2, "two")]))
print(dict(zip("abc", range(3))))
print(dict({"x": 1}, y=2, z=3))
print(dict([["k", "v"]]), dict(()), dict([]))
d = dict(one=1, two=2)
print(list(d.items()), tuple(d), set(d.values()))
print(dict(enumerate("xyz")))
pairs = [("a", 1), ("b", 2), ("a", 3)]
print(dict(pairs))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
