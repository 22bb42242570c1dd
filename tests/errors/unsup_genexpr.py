nums = [1, 2, 3]
total = sum(x * x for x in nums)
print(total)
