# Aliasing, copying, identity
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(4)
print(a, b, c, d, e)
print(a is b, a is c, a == b, c == d)
print(id(a) == id(b), id(a) == id(c))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([3])
print(nested, shallow)
def modify(lst):
    lst.append("mod")
    lst = ["rebound"]
    lst.append("lost")
    return lst
orig = [0]
ret = modify(orig)
print(orig, ret)
x = [1, 2]
y = [x, x]
x.append(3)
print(y, y[0] is y[1])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m, m[0] is m[1])
n = None
print(n is None, n is not None, [] is not [])
t = (1, 2)
u = t
print(t is u)
