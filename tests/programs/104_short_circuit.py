# Short-circuit evaluation protects against errors
d = {"a": 0}
print("b" in d and d["b"] > 0)
print("a" in d and d["a"] == 0)
lst = []
print(len(lst) > 0 and lst[0] == 1)
print(not lst or lst[0])
x = 0
print(x != 0 and 10 / x > 1)
print(x == 0 or 10 / x > 1)
calls = []
def f(name, val):
    calls.append(name)
    return val
f("a", False) and f("b", True)
f("c", True) or f("d", True)
f("e", True) and f("f", 0) and f("g", 1)
f("h", 0) or f("i", "") or f("j", "x") or f("k", 1)
print(calls)
print(all([]), any([]), all([1, 0]), any([0, 0, 3]))
val = None
name = val and val.upper()
print(name)
val = "hi"
print(val and val.upper())
