# and/or/not return operands, short-circuit
print(0 and 1, 1 and 0, 2 and 3, 0 and 0)
print(0 or 1, 1 or 0, 2 or 3, 0 or 0)
print("" or "default", "value" or "default", None or 0 or [] or "last")
print([] and "x", [1] and "x", None and 1)
print(not None, not [], not [0], not 0.0)
x = None
name = x or "anonymous"
print(name)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None)
print((1 or 2) + 10, (0 and 2) + 10)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
log = []
r = side(0, log) or side("", log) or side(3, log) or side(4, log)
print(r, log)
print(True and not False, not (True or False))
print(3 if 0 or 1 else 4)
