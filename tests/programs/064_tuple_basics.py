# Tuples
t = (1, 2, 3)
single = (5,)
empty = ()
no_paren = 4, 5, 6
print(t, single, empty, no_paren, type(single), type((5)))
print(len(t), len(empty), t[0], t[-1], t[1:], 2 in t)
print(t + (4,), t * 2, (1,) * 0, tuple("ab"), tuple([1, 2]), tuple(), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (1, "a") == (1, "a"), () < (0,))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
for a, b in [(1, "one"), (2, "two")]:
    print(a, b)
mixed = (1, [2, 3])
mixed[1].append(4)
print(mixed)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(t[5])
except IndexError as e:
    print("IndexError:", e)
print(max((3, 9, 2)), min(t), sum(t), sorted((3, 1, 2)))
print(tuple([x * 2 for x in t]))
