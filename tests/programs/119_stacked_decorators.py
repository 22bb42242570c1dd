# Stacked decorators apply bottom-up
order = []
def tag(name):
    def deco(fn):
        order.append("decorating with " + name)
        def wrapper(*a):
            return "<" + name + ">" + fn(*a) + "</" + name + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(order)
print(text("hi"))
def plus_one(fn):
    return lambda x: fn(x) + 1
def times_two(fn):
    return lambda x: fn(x) * 2
@plus_one
@times_two
def ident(x):
    return x
@times_two
@plus_one
def ident2(x):
    return x
print(ident(5), ident2(5))
def trace(fn):
    depth = [0]
    def wrapper(n):
        print("  " * depth[0] + "call", n)
        depth[0] += 1
        r = fn(n)
        depth[0] -= 1
        print("  " * depth[0] + "ret", r)
        return r
    return wrapper
@trace
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
tri(3)
