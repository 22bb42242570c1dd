# Dictionaries and strings: word counting, building and parsing formatted
# records, string methods, joins and splits, f-strings and % formatting.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua",
             "bri", "dol", "fen", "gar", "hux", "jin"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_word(rng):
    parts = []
    for _ in range(1 + rng.next(3)):
        parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
    return "".join(parts)


def make_lines(rng, nlines, words_per_line):
    lines = []
    for _ in range(nlines):
        words = []
        for _ in range(words_per_line):
            words.append(make_word(rng))
        lines.append(" ".join(words))
    return lines


def count_words(lines):
    counts = {}
    for line in lines:
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1
    return counts


def count_letters(lines):
    letters = {}
    for line in lines[:400]:
        for ch in line:
            if ch in letters:
                letters[ch] += 1
            else:
                letters[ch] = 1
    return letters


def records(counts):
    out = []
    total = 0
    for w in counts:
        total += counts[w]
    for w, c in counts.items():
        ratio = c / total
        out.append(f"{w}:{c:05d}:{ratio:.6f}:{len(w)}")
        out.append("%s|%d|%x" % (w.upper(), c, c * 7))
    return out


def parse_records(recs):
    by_len = {}
    check = 0
    for r in recs:
        if ":" in r:
            fields = r.split(":")
            word = fields[0]
            c = int(fields[1])
            key = "len" + fields[3]
            if key not in by_len:
                by_len[key] = []
            by_len[key].append(word)
            check += c * len(word)
        else:
            fields = r.split("|")
            if fields[0].lower().startswith("ka"):
                check += int(fields[1])
            if fields[0].endswith("QUA"):
                check += 3
    return by_len, check


def transform(lines):
    check = 0
    for line in lines:
        s = line.replace("qua", "Q").replace("ka", "k")
        i = s.find("lo")
        if i >= 0:
            check += i
        t = ("  " + s[:20] + "  ").strip()
        check += len(t) + s.count("a")
        if "zeze" in s:
            check += 1
    return check


def index_words(counts):
    # Map every prefix of length 3 to the words that have it.
    index = {}
    for w in counts:
        p = w[:3]
        lst = index.get(p)
        if lst is None:
            index[p] = [w]
        else:
            lst.append(w)
    best = sorted(index.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return best[:5]


def one_round(seed, verbose):
    rng = Rng(seed)
    lines = make_lines(rng, 2500, 12)
    counts = count_words(lines)
    letters = count_letters(lines)
    recs = records(counts)
    by_len, check1 = parse_records(recs)
    check2 = transform(lines)
    top_prefixes = index_words(counts)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    if verbose:
        summary = ", ".join([f"{w}={c}" for w, c in top])
        print("distinct words: %d, records: %d" % (len(counts), len(recs)))
        print("top: " + summary)
        print("prefixes: " + " ".join([p + "/" + str(len(ws)) for p, ws in top_prefixes]))
        lens = sorted(by_len.keys())
        print("by length: " + ";".join([k + "=" + str(len(by_len[k])) for k in lens]))
        print("letters: " + "".join(sorted(letters.keys())) + " " + str(letters["a"]))
    return (check1 * 31 + check2 + len(counts)) % 1000000007


def main():
    rounds = 24
    check = 0
    for r in range(rounds):
        check = (check * 17 + one_round(12345 + r * 7919, r == rounds - 1)) % 1000000007
    print(f"dict_str rounds={rounds} checksum={check}")


main()
