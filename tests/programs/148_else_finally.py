# else and finally clauses
def attempt(v):
    log = []
    try:
        log.append("try")
        r = 10 // v
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log
print(attempt(2))
print(attempt(0))
def nested(v):
    try:
        try:
            if v == 1:
                raise KeyError("inner")
            if v == 2:
                raise ValueError("outer")
            print("  no error")
        except KeyError as e:
            print("  inner handler", e)
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer handler", e)
    else:
        print("  outer else")
    finally:
        print("  outer finally")
for v in range(3):
    print("v =", v)
    nested(v)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("break finally", i)
try:
    try:
        raise IndexError("lost?")
    finally:
        print("finally runs before propagation")
except IndexError as e:
    print("then caught:", e)
