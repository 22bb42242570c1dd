# str.format with positional, keyword, index, specs
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[2]}".format([10, 20, 30]))
print("{d[k]}".format(d={"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.2f} {:,} {:05d} {:x}".format(3.14159, 1234567, 42, 255))
print("{0:*^9} {1:+d}".format("mid", 7))
print("{!r} {!s}".format("q", "s"))
print("{{}} {}".format(1))
print("{:e}".format(1234.5))
print("{:%}".format(0.5))
print("{:b} {:o} {:X}".format(5, 64, 3054))
print("{0}{0}{0}".format("ab"))
print("{a}-{b}-{a}".format(a=1, b=2))
print("{} {} {}".format(1, 2.5, None))
tmpl = "{:<5}{:>5}"
for a, b in [(1, 2), (10, 20), (100, 200)]:
    print(tmpl.format(a, b))
print("{:10.3f}|{:<10.3f}|".format(2.0 / 3, 2.0 / 3))
args = ["p", "q"]
kw = {"z": 26}
print("{} {} {z}".format(*args, **kw))
print("{0:>{1}}|".format("w", 6))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError:", e)
