# FizzBuzz three ways
for i in range(1, 31):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
def fb(i):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    return s or str(i)
print(" ".join([fb(i) for i in range(1, 16)]))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
out = []
for i in range(95, 111):
    word = "".join([w for d, w in rules if i % d == 0])
    out.append(word if word else str(i))
print(",".join(out))
