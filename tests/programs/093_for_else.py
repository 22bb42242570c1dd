# for loops with else
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even number")
for x in []:
    print("never")
else:
    print("else runs for empty iterable")
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7))
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print("break inner at", i, j)
            break
    else:
        print("inner completed for i =", i)
        continue
    print("outer sees break, i =", i)
for ch in "abc":
    pass
print("loop var after loop:", ch)
for i in range(5):
    if i == 2:
        continue
    print(i, end=" ")
else:
    print("| else after continue")
