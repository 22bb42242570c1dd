# Truth values of all kinds of objects
values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0}, None, True, False, range(0), range(2)]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, f):
        self.f = f
    def __bool__(self):
        return self.f
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
if Sized(0):
    print("no")
else:
    print("len 0 is falsy")
print(not Sized(2), not Flag(False))
print(len([v for v in values if v]), len([v for v in values if not v]))
