# zfill, center, ljust, rjust
for s in ["7", "-7", "+7", "abc", "", "12345"]:
    print(repr(s.zfill(5)), repr(s.center(7)), repr(s.ljust(6)), repr(s.rjust(6)))
print("x".center(6, "*"), "ab".center(7, "-"), "abc".center(2), "ab".center(5, "."))
print("left".ljust(10, "."), "right".rjust(10, "."), "toolong".ljust(3))
print("42".zfill(1), "3.14".zfill(8), "-3.14".zfill(8))
print("日本".center(6, "*"), "héllo".rjust(8, "~"))
for i in [1, 22, 333, 4444]:
    print(str(i).rjust(6) + "|" + str(i).ljust(6) + "|" + str(i).center(6) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
