# Non-ASCII strings
s = "héllo wörld"
print(s, len(s), s.upper(), s.title())
j = "日本語テキスト"
print(j, len(j), j[0], j[-1], j[2:4], j[::-1])
print(ord("é"), ord("日"), chr(233), chr(26085), chr(0x1F600) == "\U0001F600")
print("€100", len("€"), ord("€"), "\u20ac" == "€", "\u03b1")
mixed = "aé日😀"
for ch in mixed:
    print(ch, ord(ch), repr(ch))
print(len(mixed), mixed.find("日"), "😀" in mixed)
print(sorted("bäaä"), "ä" > "z", "Z" < "a")
print("ÉCOLE".lower(), "straße".capitalize(), "ÀÖ".lower())
print([c for c in "naïve café" if ord(c) > 127])
print(repr("héllo"), repr("日本"), repr("tab\there"))
print("{:^9}".format("日本"), "%s!" % "ñ")
