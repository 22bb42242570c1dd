# Interplay of return and finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally overrides exception"
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
def f5():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)
def f6():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("f6 finally", i)
def f7():
    try:
        try:
            return "inner"
        finally:
            print("f7 inner finally")
    finally:
        print("f7 outer finally")
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f8 finally")
print(f1())
print(f2())
print(f3())
print(f4())
print(f5())
print(f6())
print(f7())
print(f8())
