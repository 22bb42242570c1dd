# Counting with dicts
text = """It was the best of times it was the worst of times it was the age of
wisdom it was the age of foolishness it was the epoch of belief"""
counts = {}
for w in text.lower().split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:8]:
    print(f"{w:<12}{c:>3} {'#' * c}")
print(len(counts), sum(counts.values()))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
