# Iterating over strings
s = "hello"
for ch in s:
    print(ch, end=" ")
print()
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()
print(list(s), tuple(s), sorted(s), list(reversed(s)))
print("".join(reversed(s)), "".join(sorted(s, reverse=True)))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
vowels = [c for c in "programming language" if c in "aeiou"]
print(vowels, len(vowels))
print([c * 2 for c in "abc"], [ord(c) - ord("a") for c in "xyz"])
print(max("hello"), min("hello"), "l" in s, s.count("l"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
pairs = list(zip("abc", "xyz"))
print(pairs)
acc = ""
for a, b in zip("ace", "bdf"):
    acc += a + b
print(acc)
