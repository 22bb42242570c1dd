# Strings are immutable; operations return new strings
s = "hello"
t = s
s = s.upper()
print(s, t)
try:
    t[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
j = "J" + t[1:]
print(j, t)
chars = list(t)
chars[0] = "Y"
print("".join(chars), t)
u = t.replace("l", "L")
print(u, t, u is not t)
try:
    t.append("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(len(5))
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc" * "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc" - "a")
except TypeError as e:
    print("TypeError:", e)
print("x" * 3 + "-" * 2)
