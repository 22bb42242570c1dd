# except with tuples, multiple clauses, ordering
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return [][0]
    if kind == 2:
        return {}["missing"]
    if kind == 3:
        return int("nope")
    if kind == 4:
        return "a" + 1
    return "ok"
for k in range(6):
    try:
        print(k, risky(k))
    except (ZeroDivisionError, IndexError) as e:
        print(k, "arith/index:", type(e).__name__, e)
    except KeyError as e:
        print(k, "key:", e)
    except (ValueError, TypeError) as e:
        print(k, "value/type:", type(e).__name__, e)
for k in range(5):
    try:
        risky(k)
    except LookupError as e:
        print("LookupError family:", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError family:", type(e).__name__)
    except Exception as e:
        print("Exception family:", type(e).__name__)
errors = (KeyError, IndexError)
try:
    [][1]
except errors as e:
    print("caught via tuple variable:", type(e).__name__)
try:
    try:
        {}[1]
    except IndexError:
        print("wrong handler")
except KeyError as e:
    print("propagated to outer:", repr(e))
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
