# Default argument values
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(2, exp=10), power(exp=0, base=5))
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet("Dee", "Yo", "."))
print(greet(punct="...", name="Eve"))
counter = 10
def capture(v=counter):
    return v
counter = 20
print(capture(), capture(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def many(a, b=2, c=3, d=4):
    return (a, b, c, d)
print(many(1), many(1, 5), many(1, d=9), many(1, 2, 3, 4), many(a=0, c=0))
def default_expr(x, y=len("four"), z=[i * i for i in range(3)]):
    return x, y, z
print(default_expr(0))
