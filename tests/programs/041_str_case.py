# Case conversion
words = ["hello", "WORLD", "mIxEd CaSe", "123abc", "héllo wörld", "the o'neil case", "", "a1b2 c3d4"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.title()))
print("hello world".title(), "HELLO".capitalize(), "élan".capitalize())
print("ABC".lower() == "abc", "abc".upper().lower())
s = "Python Is Fun"
swapped = "".join([c.lower() if c.isupper() else c.upper() for c in s])
print(swapped)
