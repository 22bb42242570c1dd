def find(items, key):
    for it in items:
        if it == key:
            return it
    return None

r = find(["a"], "b")
print(r.upper())
