def check(flag):
    if not flag:
        raise ValueError
check(True)
check(False)
