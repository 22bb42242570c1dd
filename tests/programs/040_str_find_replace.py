# find, rfind, index, replace, count
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o"), s.rfind("o"))
print(s.find("o", 5), s.find("o", 5, 7), s.find(""), s.rfind(""), s.find("h", -5))
print(s.index("world"), s.index("l"), s.index("python"))
print(s.replace("hello", "bye"), s.replace("hello", "bye", 1), s.replace("l", ""))
print(s.replace("", "-")[:12], "aaa".replace("a", "aa"), "abc".replace("x", "y"))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("o", 10))
print("日本語日本".find("本"), "日本語日本".rfind("本"), "日本語日本".count("日本"))
text = "one fish two fish red fish blue fish"
pos = text.find("fish")
found = []
while pos != -1:
    found.append(pos)
    pos = text.find("fish", pos + 1)
print(found)
print(text.replace("fish", "cat").replace("two", "2"))
try:
    s.index("missing")
except ValueError as e:
    print("ValueError:", e)
