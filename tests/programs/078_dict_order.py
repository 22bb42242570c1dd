# Dicts preserve insertion order
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
print(list(d.keys()))
d["alpha"] = 0
print(list(d.items()))
del d["zeta"]
d["zeta"] = 99
print(list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for v in d.values():
    print(v, end=",")
print()
print(list(reversed(list(d))))
nums = {}
for i in [5, 3, 9, 1, 3, 5]:
    nums[i] = nums.get(i, 0) + 1
print(nums)
print({k: nums[k] for k in sorted(nums)})
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
