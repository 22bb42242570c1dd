# Loops over ranges with steps
print([i for i in range(0, 20, 4)])
print([i for i in range(20, 0, -4)])
print([i for i in range(-10, 10, 7)])
print([i for i in range(5, 5)], [i for i in range(5, 0)], [i for i in range(0, 5, -1)])
total = 0
for i in range(1, 1000, 2):
    total += i
print(total)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
acc = []
for i in range(10):
    if i % 2:
        acc.append(i)
print(acc)
n = 10
for i in range(n):
    n -= 1
print(n)
lst = [1, 2, 3]
for x in lst:
    if x < 10:
        lst.append(x * 10)
print(lst)
for i in range(len(lst) - 1, -1, -1):
    if lst[i] > 15:
        del lst[i]
print(lst)
