# Name resolution: local, enclosing, global, builtin
x = "global x"
def f():
    return x
def g():
    x = "local x"
    return x
def h():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: 42
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abcd"))
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y
y = "global y"
print(unbound())
def comp_scope():
    k = "outer"
    vals = [k for k in range(3)]
    return k, vals
print(comp_scope())
def loop_leak():
    for i in range(3):
        pass
    return i
print(loop_leak())
def param_shadow(x):
    x = x + "!"
    return x
print(param_shadow("p"), x)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
