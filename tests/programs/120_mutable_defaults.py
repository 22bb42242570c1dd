# Mutable default arguments persist between calls
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
r1 = add_item("a")
r2 = add_item("b")
print(r1, r2, r1 is r2)
print(add_item("c", []), add_item("d"))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def safe(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(safe(1), safe(2), safe(3, [0]))
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), memo_fib(90))
