count = 1
label = "items"
print(count + label)
