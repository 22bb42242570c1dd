class MyError(Exception):
    pass

def work(n):
    if n > 2:
        raise MyError("n too large: " + str(n))
    return n

for i in range(5):
    print(work(i))
