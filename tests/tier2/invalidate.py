# Tier-2 invalidation: loop traces load globals without per-load checks and
# rely on the globals dict keeping its layout; these loops change it mid-run.
def one():
    return 1

def two():
    return 2

def rebinding(n):
    global step
    total = 0
    for i in range(n):
        total += step() + scale
        if i == n // 2:
            step = two          # same key, new value: no invalidation needed, new value seen
    return total

def new_names(n):
    total = 0
    for i in range(n):
        total += scale
        if i % 1000 == 999:
            globals_made.append(i)
            make_global(i)      # adds a key to the globals dict: traces relying on it are invalidated
    return total

def make_global(i):
    g = globals_made
    if i == 999:
        global extra_a
        extra_a = 1
    elif i == 1999:
        global extra_b
        extra_b = 2
    elif i == 2999:
        global scale
        del scale               # deleted, then re-added: the entry index changes
        scale = 7

class Point:
    def __init__(self, x):
        self.x = x

def class_change(n):
    p = Point(3)
    total = 0
    for i in range(n):
        total += p.x
        if i == n // 2:
            Point.extra = 5     # a class change mid-loop
            p.x = 4
    return total

step = one
scale = 10
globals_made = []
print(rebinding(5000))
print(new_names(5000), globals_made, extra_a, extra_b, scale)
print(class_change(5000))
