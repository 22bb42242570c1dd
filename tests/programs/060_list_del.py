# del statement on lists, variables and dict entries
a = [10, 20, 30, 40, 50]
del a[0]
print(a)
del a[-1]
print(a)
del a[1], a[0]
print(a)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del a[10]
except IndexError as e:
    print("IndexError:", e)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
p, q = 1, 2
del p, q
nums = list(range(20))
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
