table = {1: "one"}
def lookup(k):
    return table[k]
lookup(1)
lookup(42)
