# try/except basics
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"
print(safe_div(10, 4), safe_div(1, 0))
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return f"bad: {e}"
print(parse("12"), parse("x1"), parse(" 7 "))
try:
    [1, 2][5]
except IndexError as e:
    print("caught IndexError:", e)
try:
    {}["k"]
except KeyError as e:
    print("caught KeyError:", e)
try:
    None.attr
except AttributeError as e:
    print("caught AttributeError:", e)
try:
    undefined_name
except NameError as e:
    print("caught NameError:", e)
try:
    1 + "1"
except TypeError as e:
    print("caught TypeError:", e)
try:
    raise ValueError("custom message")
except ValueError as e:
    print("caught ValueError:", e, type(e).__name__)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class raised:", repr(str(e)), type(e).__name__)
try:
    x = 1
except Exception:
    print("not reached")
print("x =", x)
try:
    int("zz")
except Exception as e:
    print("generic handler:", type(e).__name__, e)
