# Functions are first-class objects
def hello():
    return "hello"
def world():
    return "world"
funcs = [hello, world, hello]
print([f() for f in funcs])
table = {"h": hello, "w": world}
print(table["w"](), table["h"]())
alias = hello
print(alias is hello, alias == hello, hello is world)
def make(kind):
    if kind == "sq":
        def f(x):
            return x * x
    else:
        def f(x):
            return -x
    return f
print(make("sq")(4), make("neg")(4))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([abs, str, float, lambda x: x * 3], -7))
print(type(hello).__name__, type(abs(1)).__name__, type(lambda: 0).__name__)
ops = [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b)]
for name, op in ops:
    print(name, op(10, 3))
counter_state = {"n": 0}
def bump():
    counter_state["n"] += 1
    return counter_state["n"]
callbacks = [bump] * 3
print([cb() for cb in callbacks])
print(hello() + " " + world())
