# if / elif / else chains
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
for s in [100, 90, 89, 80, 75, 60, 59, 0, -5]:
    print(s, grade(s))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in [-3, 0, 4, -0.5, 0.0]])
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("both")
if x > 10:
    if x > 20:
        print("big")
    else:
        print("medium")
if not x:
    print("falsy")
elif x:
    print("truthy")
if []:
    print("never")
elif {}:
    print("never either")
else:
    print("empty containers are falsy")
if x == 15: print("one-liner if")
y = 0
if y: pass
else: print("one-liner else")
