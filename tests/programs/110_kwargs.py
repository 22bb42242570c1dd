# **kwargs
def show(**kw):
    print(type(kw).__name__, len(kw), kw)
show()
show(a=1)
show(x="y", n=None, lst=[1])
show(**{"p": 1, "q": 2})
show(**{"p": 1}, r=3)
def everything(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=3, e=5))
print(everything(a=0, c=1, d=2, z=26))
print(everything(*[1, 2, 3], **{"c": 9, "zz": 0}))
def tag(name, **attrs):
    inner = "".join([f' {k}="{v}"' for k, v in attrs.items()])
    return f"<{name}{inner}>"
print(tag("a", href="/x", id="main"), tag("br"))
def pass_through(**kw):
    return tag("div", **kw)
print(pass_through(klass="c", role="r"))
try:
    show(1)
except TypeError as e:
    print("TypeError:", e)
