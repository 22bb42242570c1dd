# Exceptions inside loops, retry logic, StopIteration-driven loops
data = ["1", "2", "x", "4", "", "6.5", "7"]
total = 0
bad = []
for s in data:
    try:
        total += int(s)
    except ValueError:
        bad.append(s)
        continue
    finally:
        pass
print(total, bad)
class TransientError(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise TransientError("try again")
    return "connected"
result = None
for i in range(5):
    try:
        result = flaky()
        break
    except TransientError as e:
        print("attempt", i + 1, "failed:", e)
print(result, attempts)
it = iter([10, 20, 30])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
results = []
for d in [2, 0, 5, 0, 1]:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
count = 0
while True:
    try:
        count += 1
        if count == 4:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
