# Comparison operators, chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 > 2, 3 == 3, 3 != 3)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4)
print(1 == 1.0, 1 != 1.0, 2 < 2.5, -1 > -1.5)
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print(None == None, None is None, None != 0)
print(True == 1, False == 0, True > False)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5))
print(calls)
calls.clear()
print(f(1) < f(2) < f(3))
print(calls)
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a != b)
print(1 in [1, 2], 3 not in [1, 2], "ell" in "hello", "z" not in "hello")
r = 3 < 4 != 5 == 5
print(r)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
