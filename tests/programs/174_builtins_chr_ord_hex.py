# ord, chr, hex and numeric string helpers
for c in "Az09 ~\n":
    print(repr(c), ord(c), hex(ord(c)))
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(8364), chr(0x65E5))
print("".join([chr(ord("a") + i) for i in range(26)]))
print([hex(v) for v in [0, 9, 10, 15, 16, 255, 256, 4095, -42]])
print(int(hex(48879), 16), hex(2 ** 60))
def rot(s, k):
    return "".join([chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s])
print(rot("hello world", 7), rot(rot("hello world", 7), 19))
print(sum([ord(c) for c in "checksum"]) % 256)
print(ord(chr(1234)) == 1234, chr(ord("Z") + 1))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
