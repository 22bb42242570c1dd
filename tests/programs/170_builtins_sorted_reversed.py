# sorted and reversed
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), data)
print(sorted(data, reverse=True), sorted(data, key=lambda x: -x))
print(sorted("Banana"), sorted(("b", "c", "a")), sorted({3: 0, 1: 0, 2: 0}))
print(sorted([]), sorted([1]), sorted(range(5, 0, -1)))
print(list(reversed(data)), list(reversed("abc")), list(reversed((1, 2, 3))), list(reversed(range(3))))
print(list(reversed([])), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r))
recs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(recs), sorted(recs, key=lambda t: t[1]), sorted(recs, key=lambda t: t[1], reverse=True))
nums = [-3, 2, -1, 4]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
s = sorted([3, 1, 2])
s.append(0)
print(s)
