# pass in various places, del of names
def stub():
    pass
class Nothing:
    pass
print(stub(), type(Nothing()).__name__)
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")
while False:
    pass
a = 1
b = [1, 2, 3]
del a
print("deleted a")
try:
    a
except NameError as e:
    print("NameError:", e)
c = b
del b
print(c)
def local_del():
    x = 10
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
g = "global"
def del_global():
    global g
    del g
del_global()
try:
    print(g)
except NameError as e:
    print("NameError:", e)
