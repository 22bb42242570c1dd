# Augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1111; print(x)
x |= 0b10000; print(x)
x ^= 0b11; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; print(s)
s *= 3; print(s)
lst = [1, 2]
alias = lst
lst += [3, 4]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
d = {"a": 1}
d["a"] += 10
d["b"] = d.get("b", 0) + 1
print(d)
nums = [1, 2, 3]
nums[1] *= 7
nums[-1] -= 10
print(nums)
class Box:
    pass
bx = Box()
bx.v = 3
bx.v += 4
print(bx.v)
