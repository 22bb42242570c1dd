# Program: an LRU cache class built on dict ordering
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
    def __repr__(self):
        return "LRU(" + ", ".join([f"{k}={v}" for k, v in self.data.items()]) + ")"
c = LRU(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c)
c.put("d", 4)
print(c, "b" in c, len(c))
c.put("c", 30)
print(c)
print(c.get("zzz", -1), c.hits, c.misses)
CACHES = []
def cached(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        CACHES.append(cache)
        return wrapper
    return deco
@cached(64)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz(n) for n in range(1, 16)])
cc = CACHES[0]
print(len(CACHES), len(cc), cc.hits, cc.misses)
