# Grouping and aggregating records
records = [
    ("eng", "ann", 120), ("ops", "bob", 90), ("eng", "cid", 110),
    ("sales", "dee", 70), ("ops", "eve", 95), ("eng", "fay", 130),
]
groups = {}
for dept, name, salary in records:
    groups.setdefault(dept, []).append((name, salary))
for dept in sorted(groups):
    members = groups[dept]
    total = sum([s for _, s in members])
    avg = total / len(members)
    top = max(members, key=lambda m: m[1])
    print(f"{dept:<6} n={len(members)} total={total} avg={avg:.2f} top={top[0]}")
by_first = {}
for _, name, _ in records:
    by_first[name[0]] = by_first.get(name[0], 0) + 1
print(by_first)
buckets = {}
for _, name, salary in records:
    b = salary // 50 * 50
    buckets.setdefault(b, []).append(name)
print(sorted(buckets.items()))
index = {name: (dept, sal) for dept, name, sal in records}
print(index["cid"], index.get("zed", ("?", 0)))
