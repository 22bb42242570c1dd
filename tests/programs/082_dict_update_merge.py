# Merging and updating dicts
defaults = {"color": "red", "size": "M", "qty": 1}
override = {"size": "L", "gift": True}
merged = dict(defaults)
merged.update(override)
print(merged)
print({**defaults, **override})
print(dict(defaults, qty=5))
counts = {}
for word in ["a", "b", "a", "c", "b", "a"]:
    counts[word] = counts.get(word, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv.setdefault(v, []).append(k)
print(inv)
keys = ["x", "y", "z"]
zeros = dict.fromkeys(keys, 0)
zeros["y"] += 5
print(zeros)
shared = dict.fromkeys(keys, [])
shared["x"].append(1)
print(shared)
a = {"k": [1]}
b = a.copy()
b["k"].append(2)
b["j"] = 0
print(a, b)
print(a == {"k": [1, 2]}, {1: 2} == {1: 2.0})
