# Shift edge cases: small-int fast paths (BINARY_OP_SHIFT_INT) against the generic path.
xs = []
for a in [0, 1, -1, 5, -5, 123456789, -123456789, 2**40, -(2**40), 2**46, 2**47 - 1]:
    for b in [0, 1, 2, 7, 31, 47, 48, 62, 63, 64, 100]:
        xs.append((a >> b, a << b if b < 16 else (a << b) % 1000003 if a.bit_length() + b < 63 else 0))
for i in range(3):
    for a in range(-70, 70, 7):
        for b in range(0, 50, 3):
            v = a << b if abs(a) < (1 << (62 - b)) else 0
            xs.append((a >> b, v))
print(len(xs), sum([p[0] for p in xs]) % 1000003, sum([p[1] for p in xs]) % 1000003)
print(xs[:20])
