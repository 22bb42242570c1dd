ratio = 1.5
print(ratio / 0.0)
