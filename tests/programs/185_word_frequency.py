# Program: word frequency count with sorted output
TEXT = """
Call me Ishmael. Some years ago - never mind how long precisely - having little
or no money in my purse, and nothing particular to interest me on shore, I thought
I would sail about a little and see the watery part of the world. It is a way I have
of driving off the spleen and regulating the circulation. Whenever I find myself
growing grim about the mouth; whenever it is a damp, drizzly November in my soul;
whenever I find myself involuntarily pausing before coffin warehouses, and bringing
up the rear of every funeral I meet; and especially whenever my hypos get such an
upper hand of me, that it requires a strong moral principle to prevent me from
deliberately stepping into the street, and methodically knocking people's hats off -
then, I account it high time to get to sea as soon as I can.
"""
def words(text):
    out = []
    cur = ""
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur += ch
        else:
            if cur:
                out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out
ws = words(TEXT)
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print("total words:", len(ws), "distinct:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:12]:
    print(f"{w:>10} {c:3d} {'*' * c}")
longest = sorted(freq, key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
singletons = sorted([w for w, c in freq.items() if c == 1])
print(len(singletons), singletons[:10])
by_letter = {}
for w in freq:
    by_letter[w[0]] = by_letter.get(w[0], 0) + freq[w]
print(sorted(by_letter.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
