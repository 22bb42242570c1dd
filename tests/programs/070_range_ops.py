# range objects
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(len(r), len(range(1, 10, 3)), len(range(10, 0)), len(range(0, -10, -3)))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0)), list(range(3, 3)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(r[0], r[-1], r[3], range(5, 100, 7)[4])
print(r[2:5], r[::-1], r[::2], list(r[::-2]))
print(range(0, 10) == range(0, 10), range(0) == range(5, 2))
print(sum(range(1, 1001)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(4))), sorted(range(5), reverse=True))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
big = range(0, 10 ** 15, 3)
print(len(big), big[-1], 999999999999999 in big)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    print(r[10])
except IndexError as e:
    print("IndexError:", e)
