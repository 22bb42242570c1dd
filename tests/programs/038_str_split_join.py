# split, rsplit, join
s = "the quick  brown fox"
print(s.split())
print(s.split(" "))
print(s.split(" ", 1))
print(s.rsplit(" ", 1))
print(s.rsplit(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "  x  ".split())
print("a::b::c".split("::"), "abc".split("abc"))
print("\tone\ntwo  three\r\n".split())
print("x".split("x"), "xx".split("x"))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join([]))
print("|".join("abc"), ", ".join([str(i) for i in range(5)]))
words = "one two three four".split()
print("-".join(reversed(words)), " ".join(sorted(words)))
print("日本 語 テスト".split(" "))
csv = "name,age\nann,30\nbob,25"
for line in csv.split("\n"):
    fields = line.split(",")
    print(fields[0].upper(), fields[1])
try:
    print(",".join(["a", 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
