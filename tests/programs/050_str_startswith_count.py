# startswith/endswith with tuples and ranges, count
files = ["main.py", "README.md", "test_utils.py", "setup.cfg", "notes.txt", "test_main.py"]
print([f for f in files if f.endswith(".py")])
print([f for f in files if f.startswith("test_")])
print([f for f in files if f.endswith((".md", ".txt"))])
s = "abcabcabc"
print(s.startswith("abc", 3), s.startswith("bc", 1), s.endswith("ab", 0, 8), s.startswith(""))
print(s.count("abc"), s.count("abc", 1), s.count("abc", 0, 6), s.count("c", -4))
print("".startswith(""), "".endswith("x"), "abc".endswith(""))
dna = "AGCTTAGCTAAGGCT"
for base in "ACGT":
    print(base, dna.count(base))
print(dna.count("GCT"), dna.count("AG"))
