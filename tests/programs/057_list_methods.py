# List methods
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "penult")
a.insert(-100, "zeroth")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
print(a)
print(a.index(5), a.index(1), a.count(1), a.count("zz"))
print(a.index(1, 3) if 1 in a[3:] else "no 1 after 3")
b = a.copy()
b.append("copy only")
print(len(a), len(b))
nums = [5, 2, 8, 1, 9, 3]
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
r = nums.append(0)
print(r, nums.sort(), nums)
nums.clear()
print(nums, len(nums))
try:
    nums.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
