print("start")
def gen():
    yield 1
    yield 2
print("end")
