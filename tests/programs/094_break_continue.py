# break and continue in nested loops
for i in range(1, 4):
    for j in range(1, 4):
        if j == 2:
            continue
        if i == 3:
            break
        print(i, j)
result = []
for n in range(50):
    if n % 2 == 0:
        continue
    if n > 20:
        break
    if n % 3 == 0:
        continue
    result.append(n)
print(result)
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 30 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple:", found)
i = 0
while i < 10:
    i += 1
    if i % 4 == 0:
        continue
    if i == 9:
        break
    print("w", i, end=";")
print()
total = 0
for x in range(100):
    if x % 7:
        continue
    total += x
print(total)
