# True division always yields float
print(7 / 2)
print(6 / 3)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4)
print(0 / 5)
print(-0 / 5)
print(1 / 8)
print(22 / 7)
print(1 / 1024)
print(9007199254740993 / 1)
print(type(6 / 3))
print(100 / 7 * 7)
x = 1
for i in range(10):
    x = x / 2
print(x)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(5.0 / 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(0.0 / 0.0)
except ZeroDivisionError as e:
    print("caught:", e)
