# Bitwise operators on positive and negative ints
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(f"{a & b:04b} {a | b:04b} {a ^ b:04b}")
print(1 << 0, 1 << 10, 1 << 62)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1 >> 10, -7 >> 1)
print(~0, ~-1, ~255)
print(-6 & 0xFF, -1 & 0xFFFF, -6 | 3, -6 ^ 3)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0F0F, 0xFFFF ^ 0x00FF)
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, f"{x:b}")
count = 0
y = x
while y:
    y &= y - 1
    count += 1
print("popcount:", count)
m = 0xDEADBEEF
print(m >> 16, m & 0xFFFF, f"{m >> 16:x} {m & 0xFFFF:x}")
print(5 & 3 | 8, 5 | 3 & 8, 5 ^ 3 & 1)
print(True & False, True | False, True ^ True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
