# Function decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
calls = []
def logged(fn):
    def wrapper(*args, **kwargs):
        calls.append((args, sorted(kwargs.items())))
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    return a + b
print(add(1, 2), add(5), add(a=3, b=4))
print(calls)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("negate")
def negate(x):
    return -x
print(sorted(registry), registry["double"](21), registry["negate"](5), double(4))
def count_calls(fn):
    count = 0
    def wrapper(*a):
        nonlocal count
        count += 1
        return fn(*a), count
    return wrapper
@count_calls
def ident(x):
    return x
print(ident("a"), ident("b"), ident("c"))
