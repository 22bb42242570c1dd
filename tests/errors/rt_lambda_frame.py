inv = lambda x: 1 / x
print(inv(4))
print(inv(0))
