# Dict comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({c: ord(c) for c in "hello"})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(5) if x != 2})
d = {"apple": 3, "banana": 0, "cherry": 7}
print({k: v for k, v in d.items() if v})
print({v: k for k, v in d.items()})
print({k.upper(): v * 10 for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
words = "the cat sat on the mat the end".split()
print({w: words.count(w) for w in words})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({len(w): w for w in ["a", "bb", "cc", "ddd"]})
