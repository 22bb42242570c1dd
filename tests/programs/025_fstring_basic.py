# Basic f-strings
name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{n * 2}{n}{'x'}")
print(f"{{literal braces}} {n}")
print(f"{pi}")
print(f"{[1, 2, 3]} {(1, 'a')} {{'k': 1}}")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{n!r} {name!r} {name!s}")
print(f"{'nested ' + name}")
print(f"{n if n > 10 else 0}")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{None} {True} {3.0} {-0.0}")
x = 10
print(f"x is {x}")
print(f"{'héllo'} {'日本'}")
print(f"{n:d}{n:5}{name:>8}|")
print(f"a" f"b" f"{n}")
print(f"multi {n} and {n} again {name}")
s = f"{n}"
print(type(s), len(s))
