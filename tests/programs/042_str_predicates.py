# is* predicates
tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "  ", "", "\t\n", "héllo", "日本", "a b", "_", "x1 ", "ÀÉ"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
print("HELLO WORLD".isupper(), "hello world!".islower(), "123A".isupper(), "123".isupper())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ 9!é\t"])
