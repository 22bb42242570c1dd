# round, divmod, pow, abs, sum
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(-1250, -2), round(5, 0))
print(divmod(100, 7), divmod(-100, 7), divmod(100, -7), divmod(2.5, 0.5))
print(pow(2, 16), pow(2, -2), pow(-2, 3), pow(4, 0.5), pow(10, 9, 7), pow(3, 4, 5))
print(abs(-5), abs(5), abs(-5.5), abs(0), abs(-0.0), abs(False))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum([], 0.0))
print(sum(range(1, 11)) == 55, sum([True, True, False]))
vals = [3.7, -3.7, 3.2, -3.2]
print([round(v) for v in vals], [int(v) for v in vals])
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
