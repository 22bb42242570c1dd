# String basics: len, indexing, concatenation, repetition
s = "Python"
print(len(s), s[0], s[5], s[-1], s[-6])
print(s + " rocks", s * 3, 3 * "ab", "" * 5, s * 0, s * -1)
print("a" "b" "c")
print(len(""), len(" "), len("héllo"), len("日本語"))
print(s[1] + s[3], s.upper(), s)
t = s
t += "!"
print(s, t)
print("abc" == "abc", "abc" != "abd", "abc" < "abd")
print(str(123) + "4", str(1.5), str(None), str([1, "a"]), str((1,)))
for i in range(len(s)):
    print(i, s[i], s[-1 - i])
try:
    print(s[6])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-7])
except IndexError as e:
    print("IndexError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
