# Nested loops: tables and patterns
for i in range(1, 10):
    print(" ".join(["%2d" % (i * j) for j in range(1, 10)]))
for i in range(5):
    line = ""
    for j in range(5):
        line += "#" if (i + j) % 2 == 0 else "."
    print(line)
n = 5
for i in range(n):
    print(" " * (n - i - 1) + " ".join(["*"] * (i + 1)))
count = 0
for a in range(10):
    for b in range(10):
        for c in range(10):
            if a + b + c == 10:
                count += 1
print("combos summing to 10:", count)
pairs = []
for x in "ab":
    for y in "12":
        for z in "!?":
            pairs.append(x + y + z)
print(pairs)
