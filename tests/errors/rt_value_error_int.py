values = ["1", "2", "abc"]
total = 0
for v in values:
    total += int(v)
