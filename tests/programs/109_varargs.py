# *args
def total(*nums):
    return sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def show(*args):
    print(type(args).__name__, len(args), args)
show()
show(1)
show("a", [2], None)
show(*"xyz")
show(*[1, 2], 3, *(4, 5))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def mx(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(mx(3), mx(3, 9, 2), mx("b", "a", "c"))
def joiner(sep, *parts):
    return sep.join([str(p) for p in parts])
print(joiner("-", 1, 2, 3), joiner(", "), joiner("", "a", "b"))
def forward(*args):
    return total(*args) * 2
print(forward(1, 2, 3))
try:
    head_tail()
except TypeError as e:
    print("TypeError:", e)
