# Sets of strings: only ever inspected via sorted()/len()/membership
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq))
print(sorted(uniq))
print("fox" in uniq, "cat" in uniq)
letters = set("mississippi")
print(sorted(letters), len(letters))
a = set("abcdef")
b = set("defxyz")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
vowels = set("aeiou")
print(sorted([w for w in uniq if set(w) & vowels == set(w) & set("o")]))
print(sorted({w[0] for w in words}))
tags = {"python", "c", "jit"}
tags.discard("c")
tags.add("llvm")
print(sorted(tags), "c" in tags)
