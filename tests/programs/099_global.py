# The global statement
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(5):
    increment()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
def create():
    global created
    created = "made inside function"
create()
print(created)
config = {"debug": False}
def set_debug():
    config["debug"] = True
set_debug()
print(config)
total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
add_all(1, 2, 3)
add_all(10)
print(total)
def broken():
    try:
        counter += 1
    except UnboundLocalError:
        return "unbound"
print(broken())
x = "module"
def outer():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(outer())
