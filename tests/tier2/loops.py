# A loop-heavy program for the tier-2 checks: several hot loops, a branch that
# flips direction, float and int arithmetic, a call inside a loop.
def poly(x):
    return x * x - 3 * x + 1

def main():
    total = 0
    for i in range(20000):
        if i % 5 == 0:
            total += poly(i) % 1000
        else:
            total -= i % 7
    acc = 0.0
    k = 0
    while k < 30000:
        acc = acc * 0.5 + k * 0.25
        k += 1
    names = ["a", "b", "c"]
    s = ""
    for n in range(3000):
        s = names[n % 3] + s[:5]
    print(total, acc, s)

main()
