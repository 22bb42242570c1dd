def avg(total, n):
    return total // n
print(avg(10, 2))
print(avg(10, 0))
