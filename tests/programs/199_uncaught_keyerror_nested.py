# KeyError escaping from a method after a handled error: status 1
class Registry:
    def __init__(self):
        self.items = {"alpha": 1, "beta": 2}
    def get(self, key):
        return self.items[key]
    def total(self, keys):
        return sum([self.get(k) for k in keys])
reg = Registry()
print(reg.total(["alpha", "beta"]))
try:
    reg.get("gamma")
except KeyError as e:
    print("handled missing key", e)
print(reg.total(["beta", "delta", "alpha"]))
print("unreachable")
