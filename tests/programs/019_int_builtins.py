# min/max/sum/sorted on ints
xs = [5, -3, 12, 0, 7, -8, 12, 1]
print(min(xs), max(xs), sum(xs), sum(xs, 100))
print(min(3, 1, 2), max(3, 1, 2), min([4]), max(-1, -2))
print(sorted(xs), sorted(xs, reverse=True))
print(max(xs, key=abs), min(xs, key=abs), max(xs, key=lambda v: -v))
print(min([], default="empty"), max([], default=None))
print(sum(range(101)), sum([]), sum([], 5))
print(len(xs), xs.count(12), xs.index(0))
print(abs(min(xs)) + max(xs))
print(sorted([3, 1, 2]) == [1, 2, 3])
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
