# any and all
print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]))
print(any([None, "", 0.0]), all(["a", 1, [0]]), any("abc"), all(""))
nums = [2, 4, 6, 7]
print(all([n % 2 == 0 for n in nums]), any([n % 2 for n in nums]), any([n > 10 for n in nums]))
def is_prime(n):
    return n > 1 and all([n % d for d in range(2, int(n ** 0.5) + 1)])
print([n for n in range(30) if is_prime(n)])
grid = [[1, 1], [1, 0]]
print(all([all(row) for row in grid]), any([all(row) for row in grid]))
words = ["apple", "avocado", "banana"]
print(all([w.startswith("a") for w in words]), any([w.startswith("b") for w in words]))
print(any(map(lambda x: x > 3, [1, 2, 5])), all(filter(None, [0, 1, 2])))
