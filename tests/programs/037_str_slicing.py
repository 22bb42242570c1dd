# String slicing with all step variants
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-1::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1] == "", s[5:5], s[20:], s[-20:3])
print(s[3:100], s[-100:100], s[100:-100:-1])
print(s[:0], s[0:1], s[9:10], s[10:11])
u = "héllo wörld 日本"
print(u[::-1], u[1:4], u[-2:], u[6:11])
for start in [None, 0, 3, -3]:
    for stop in [None, 5, -1]:
        for step in [None, 1, 2, -1]:
            print(repr(s[start:stop:step]), end=" ")
        print()
word = "racecar"
print(word == word[::-1], "abc"[::-1] == "abc")
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
