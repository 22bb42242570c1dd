# Conditional expressions
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "neg" if n < 0 else "zero")
x = 7
parity = "even" if x % 2 == 0 else "odd"
print(parity)
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
val = None
print(val if val is not None else "default")
print((1 if True else 2) + (10 if False else 20))
abs_val = lambda v: v if v >= 0 else -v
print(abs_val(-5), abs_val(3))
def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in [-5, 0, 5, 10, 15]])
log = []
def t(v):
    log.append(v)
    return v
r = t("yes") if t(False) else t("no")
print(r, log)
print("a" if "" else "b", "c" if [0] else "d")
