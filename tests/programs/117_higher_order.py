# Higher-order functions: map, filter, sorted, custom reduce
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(list(map(str, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda v: v > 3, nums)))
def reduce(fn, seq, init):
    acc = init
    for v in seq:
        acc = fn(acc, v)
    return acc
print(reduce(lambda a, b: a + b, nums, 0), reduce(lambda a, b: a * b, nums, 1), reduce(max, nums, 0))
print(sorted(nums, key=lambda v: (v % 3, -v)))
def pipeline(*fns):
    def run(v):
        for f in fns:
            v = f(v)
        return v
    return run
p = pipeline(lambda s: s.strip(), lambda s: s.upper(), lambda s: s.replace(" ", "_"))
print(p("  hello big world "))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "exhausted"))
print(list(map(len, ["a", "bb", "ccc"])), sum(map(int, "12345")))
def count_if(pred, seq):
    return len(list(filter(pred, seq)))
print(count_if(lambda w: w.startswith("a"), ["apple", "avocado", "banana"]))
