# printf-style % formatting
print("%d" % 42)
print("%d %d" % (1, -2))
print("%s and %s" % ("x", [1, 2]))
print("%r %r" % ("quoted", 5))
print("%5.2f|%-8.3f|%08.2f" % (3.14159, 2.5, -1.5))
print("%x %X %o" % (255, 255, 8))
print("%-5s|%5s|" % ("ab", "cd"))
print("%05d|%5d|%-5d|" % (42, 42, 42))
print("%+d %+d" % (5, -5))
print("%e %.2e" % (12345.678, 0.00123))
print("100%% sure, %d%%" % 50)
print("%s" % (1, ))
print("%s" % "single")
print("%s %s" % (None, True))
print("%.3s|" % "abcdef")
print("%10.4f|" % 3.14159265)
print("%d items at %.2f each = %.2f" % (3, 1.25, 3 * 1.25))
print("%d" % -7)
print("%d" % 3.99)
print("%s" % 3.0)
print("%-10s|%10s|" % ("héllo", "日本"))
rows = [("alice", 30, 55.5), ("bob", 4, 1.25)]
for r in rows:
    print("%-6s %3d %6.2f" % r)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
