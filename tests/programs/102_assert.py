# assert statements
assert True
assert 1 == 1, "never shown"
x = 5
assert x > 0
try:
    assert x < 0
except AssertionError as e:
    print("AssertionError with no message:", repr(str(e)), e.args)
try:
    assert x < 0, "x must be negative"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], f"empty list, x={x}"
except AssertionError as e:
    print("AssertionError:", e)
def check_positive(v):
    assert v > 0, ("not positive", v)
    return v
for v in [1, -1, 3]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("failed:", e.args[0])
count = 0
def side():
    global count
    count += 1
    return "msg"
assert True, side()
print("count:", count)
