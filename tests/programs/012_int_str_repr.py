# Converting ints to strings in various forms
nums = [0, 1, -1, 10, 255, -255, 4096, 65535, 123456789]
for n in nums:
    print(str(n), repr(n), hex(n), f"{n:x}", f"{n:X}", f"{n:o}", f"{n:b}")
print(hex(0), hex(-1), hex(2 ** 40))
print(f"{255:#x}", f"{255:#o}", f"{255:#b}", f"{255:#X}")
print(f"{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{-42:05d}|{42:+d}|{-42:+d}")
print(f"{1234567:,}", f"{-1234567:,}", f"{1000:,}", f"{999:,}")
print(f"{7: d}", f"{-7: d}")
print(str(10 ** 18).count("0"), len(repr(-10 ** 17)))
s = ""
for d in range(10):
    s += str(d)
print(s, int(s), int(s[::-1]))
