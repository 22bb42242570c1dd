# str() of common built-in exceptions
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.5 / 0,
    lambda: [1][1],
    lambda: (1,)[1],
    lambda: "ab"[2],
    lambda: {"a": 1}["b"],
    lambda: int("12x"),
    lambda: int("7", 2),
    lambda: float("x1"),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + 1,
    lambda: 1 - "a",
    lambda: 2 * None,
    lambda: -"a",
    lambda: "a" < 1,
    lambda: len(3),
    lambda: undefined_thing,
    lambda: (5).foo,
    lambda: "s".foo,
    lambda: [].foo,
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(1, 2, 0),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: sum(["a", "b"]),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
