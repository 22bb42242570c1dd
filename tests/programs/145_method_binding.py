# Bound methods, methods stored in containers, functions as attributes
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"
hi = Greeter("Hi")
yo = Greeter("Yo")
g1 = hi.greet
g2 = yo.greet
print(g1("ann"), g2("bob"))
hi.greeting = "Hello"
print(g1("ann"))
methods = [hi.greet, yo.greet]
print([m("x") for m in methods])
print(Greeter.greet(yo, "unbound call"))
print(list(map(hi.greet, ["a", "b"])))
class Holder:
    pass
h = Holder()
h.func = lambda x: x * 2
print(h.func(21))
def standalone(self):
    return "standalone got " + type(self).__name__
Holder.method = standalone
print(h.method())
lst = []
push = lst.append
for i in range(3):
    push(i)
print(lst)
d = {}
setter = d.setdefault
setter("k", []).append(1)
print(d)
upper = "hello".upper
print(upper())
print(g1("again"), Greeter("Hey").greet("new"))
