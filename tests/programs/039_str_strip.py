# strip, lstrip, rstrip with and without char sets
vals = ["  hello  ", "\t\n x \r\n", "", "   ", "nospace", "xxhixx"]
for v in vals:
    print(repr(v.strip()), repr(v.lstrip()), repr(v.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print("123abc321".strip("0123456789"), "...!!!".strip(".!"))
print(repr("  héllo  ".strip()), repr("日本  ".rstrip()))
print("aaa".strip("a") == "", "ab".strip("") == "ab")
line = "   key = value   "
k, v = line.split("=")
print(repr(k.strip()), repr(v.strip()))
