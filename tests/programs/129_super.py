# super() with zero arguments
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name}: area={self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return super().describe() + " (all sides equal)"
for s in [Shape("blob"), Rect(2, 3), Square(4)]:
    print(s.describe())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(B):
    def who(self):
        return ["C"] + super().who()
print(C().who(), B().who())
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.t = 0
    def log(self, msg):
        self.t += 1
        super().log(f"[{self.t}] {msg}")
lg = TimestampLogger()
lg.log("start")
lg.log("stop")
print(lg.lines)
class Acc:
    def __init__(self, start=0):
        self.v = start
class DoubleAcc(Acc):
    def __init__(self, start):
        super().__init__(start * 2)
print(DoubleAcc(21).v)
