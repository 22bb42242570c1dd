# Booleans as integers
print(True + True, True * 10, False - 1, True / 2)
print(sum([True, False, True, True]))
print(int(True), int(False), str(True), repr(False))
print(type(True), type(True + 1))
print(True and 3, False and 3, True or 3, False or 3)
print(not True, not False, not 0, not 1, not "", not "x")
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(bool(None), bool({}), bool(()), bool((0,)), bool(range(0)), bool(range(1)))
print(True == 1, True is True, (1 == 1) is True)
print(-True, ~True, +False)
print(True << 3, True & 1, False | 2)
count = 0
for v in [3, 0, -2, 7, 0, 1]:
    count += v > 0
print("positives:", count)
print(max(True, 0), min(False, -1))
print(isinstance(True, int), isinstance(1, bool))
print(f"{True}", f"{False!r}", "%s %d" % (True, True))
