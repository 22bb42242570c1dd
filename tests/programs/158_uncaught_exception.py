# Uncaught exception after producing output: exit status 1
def compute(values):
    total = 0
    for v in values:
        print("adding", v)
        total += 10 // v
    return total
print("start")
print(compute([1, 2, 5]))
print(compute([3, 0, 4]))
print("never printed")
