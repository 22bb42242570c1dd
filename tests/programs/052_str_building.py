# Building strings incrementally
parts = []
for i in range(1, 11):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for i in range(5):
    s = s + chr(ord("a") + i) * (i + 1)
print(s, len(s))
rows = []
for r in range(1, 6):
    rows.append(" ".join([str(r * c).rjust(3) for c in range(1, 6)]))
print("\n".join(rows))
tri = ""
for i in range(1, 6):
    tri += " " * (5 - i) + "*" * (2 * i - 1) + "\n"
print(tri, end="")
acc = []
n = 1234567
while n:
    acc.append(str(n % 1000).zfill(3) if n >= 1000 else str(n % 1000))
    n //= 1000
print(",".join(reversed(acc)))
print("".join([c for c in "a1b2c3" if c.isalpha()]), "".join([c for c in "a1b2c3" if c.isdigit()]))
