# min / max in all their forms
print(max(1, 5, 3), min(1, 5, 3), max([2, 8, 4]), min((9, -1)), max("hello"), min(["b", "a"]))
print(max([1, -7, 3], key=abs), min([1, -7, 3], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([], default="none"), min([], default=0), max([5], default=99))
print(max(range(10), key=lambda v: (v % 4, v)), min(range(10), key=lambda v: (v % 4, -v)))
words = ["pear", "fig", "apple", "kiwi"]
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([[3], [1, 2], [1]]))
print(max(1, 2.5), min(-1, -1.5), max(True, 0), max(0, False))
print(max([3, 3, 3], key=lambda v: 0), min("zyx"), max(1, 1.0), max(1.0, 1))
d = {"a": 3, "b": 7, "c": 5}
print(max(d), max(d, key=d.get), min(d.values()), max(d.items(), key=lambda kv: kv[1]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
