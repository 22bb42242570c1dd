# Exception args and str/repr
e1 = ValueError()
e2 = ValueError("one")
e3 = ValueError("two", 2)
e4 = KeyError("k")
e5 = Exception(42)
for e in [e1, e2, e3, e4, e5]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    raise IndexError("idx", 5)
except IndexError as e:
    msg, n = e.args
    print(msg, n)
class WithData(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
try:
    raise WithData(404, "missing")
except WithData as e:
    print(e.code, e.detail, e.args, e)
print(str(KeyError("a b")), str(KeyError()), str(KeyError(1, 2)))
print(repr(ZeroDivisionError("x")), repr(RuntimeError()))
