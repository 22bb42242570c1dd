# Deeply nested try blocks and exceptions through function calls
trace = []
def a(n):
    trace.append("a-enter")
    try:
        b(n)
    except ValueError as e:
        trace.append("a-caught " + str(e))
    finally:
        trace.append("a-finally")
def b(n):
    trace.append("b-enter")
    try:
        c(n)
    except KeyError as e:
        trace.append("b-caught " + str(e))
        if n == 2:
            raise ValueError("from b")
    finally:
        trace.append("b-finally")
    trace.append("b-exit")
def c(n):
    trace.append("c-enter")
    if n == 1:
        raise KeyError("c1")
    if n == 2:
        raise KeyError("c2")
    if n == 3:
        raise ValueError("c3")
    trace.append("c-exit")
for n in range(4):
    trace.clear()
    a(n)
    print(n, trace)
def deep(k):
    if k == 0:
        raise RuntimeError("bottom")
    try:
        deep(k - 1)
    finally:
        print("unwinding", k)
try:
    deep(4)
except RuntimeError as e:
    print("caught", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as inner:
            print("inner", inner)
        print("still handling a")
except Exception:
    print("not reached")
print("done")
