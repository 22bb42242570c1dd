# while loops with else, break, continue
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("loop finished normally, i =", i)
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print("n =", n)
else:
    print("never printed")
print("after break, n =", n)
def find_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            print(m, "has divisor", d)
            break
        d += 1
    else:
        print(m, "is prime")
for m in [91, 97, 1, 49, 113]:
    find_divisor(m)
k = 10
while k:
    k -= 3 if k > 3 else k
print("k =", k)
while False:
    print("never")
else:
    print("else of never-entered loop")
count = 0
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        count += 1
        b += 1
    a += 1
print("pairs:", count)
