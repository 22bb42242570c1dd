# Chaining string methods
raw = "   The Quick, Brown Fox; Jumps Over: The Lazy Dog.   "
clean = raw.strip().lower()
for ch in ",;:.":
    clean = clean.replace(ch, "")
print(repr(clean))
words = clean.split()
print(words, len(words))
print(" ".join([w.capitalize() for w in words]))
print("_".join(words).upper())
print("".join([w[0] for w in words]).upper())
print(max(words, key=len), min(words, key=len))
longest = sorted(words, key=lambda w: (-len(w), w))
print(longest[:3])
snake = "HelloWorldFooBar"
out = ""
for i, c in enumerate(snake):
    if c.isupper() and i > 0:
        out += "_"
    out += c.lower()
print(out)
camel = "".join([p.capitalize() if i else p for i, p in enumerate("make_it_camel_case".split("_"))])
print(camel)
print("  x ".strip().center(5, "*").replace("*", "-").upper())
