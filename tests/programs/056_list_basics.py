# List creation, indexing, len, membership
a = [1, 2, 3]
b = []
c = [1, "two", 3.0, None, True, [4, 5], (6,)]
print(a, b, c)
print(len(a), len(b), len(c), c[5][1], c[-1][0])
print(a[0], a[-1], a[1:], 2 in a, 7 in a, 7 not in a)
a[0] = 100
a[-1] = -3
print(a)
print(list(), list("abc"), list(range(5)), list((1, 2)), list({"x": 1, "y": 2}))
print([0] * 5, [1, 2] * 3, [] * 10, [[]] * 2)
print(a + [4, 5], a + [], [] + [])
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [], [1] == [1.0])
print(type([]), type(a) is list)
empty_check = "empty" if not b else "nonempty"
print(empty_check)
try:
    print(a[3])
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(a + (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(a["0"])
except TypeError as e:
    print("TypeError:", e)
