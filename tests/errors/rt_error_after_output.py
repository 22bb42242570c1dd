for i in range(3):
    print("line", i)
print(1 + None)
