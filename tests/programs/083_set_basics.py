# Sets of small ints
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.remove(3)
s.discard(100)
s.discard(4)
print(s)
print(set(), set([1, 1, 2, 2, 3]), set(range(5)), set((5, 5, 6)))
e = set()
print(e, len(e), bool(e), type(e))
dup = [4, 1, 4, 2, 1, 3, 2]
print(sorted(set(dup)), len(set(dup)))
t = {1, 2, 3}
u = t.copy()
u.add(99)
print(t, sorted(u))
t.update([7, 8], {9})
print(t)
t.clear()
print(t)
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, {1.0, 1, True})
x = {10, 20}
y = x.pop()
print(len(x), y in (10, 20))
try:
    s.remove(42)
except KeyError as err:
    print("KeyError:", err)
try:
    set().pop()
except KeyError as err:
    print("KeyError:", err)
try:
    {[1, 2]}
except TypeError as err:
    print("TypeError:", err)
