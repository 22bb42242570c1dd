print(float("3.5"))
print(float("x.5"))
