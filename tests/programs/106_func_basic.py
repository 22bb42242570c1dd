# Defining and calling functions
def greet(name):
    return "Hello, " + name + "!"
def no_return():
    x = 1
def early(n):
    if n < 0:
        return
    return n * 2
def multi():
    return 1, "two", [3]
print(greet("Ann"), greet(""))
print(no_return(), early(-1), early(4))
a, b, c = multi()
print(a, b, c, multi())
def square(x):
    return x * x
f = square
print(f(7), f is square, square(square(3)))
def apply_twice(fn, v):
    return fn(fn(v))
print(apply_twice(square, 3), apply_twice(greet, "x"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(12)])
def describe(x):
    """Docstrings are allowed and ignored."""
    return type(x).__name__
print(describe(1), describe("s"), describe([]), describe(None), describe(describe))
def outer():
    def inner():
        return "inner result"
    return inner()
print(outer())
