class Ctx:
    pass
def f():
    with Ctx() as c:
        print(c)
