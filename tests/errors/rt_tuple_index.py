t = (1, 2)
i = -3
print(t[i])
