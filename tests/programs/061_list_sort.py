# Sorting lists with keys, stability, reverse
nums = [5, -2, 9, 0, -7, 3, 3]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs))
print(sorted(nums, key=lambda x: (x % 3, x)))
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25), ("Eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
lst = [3, 1, 2]
lst.sort(key=lambda x: -x)
print(lst)
pairs = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
pairs.sort()
print(pairs)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "x", 1: "y"}))
print(sorted([2.5, 1, True, -0.5]))
data = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
