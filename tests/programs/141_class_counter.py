# Class-level state shared across instances
class Widget:
    created = 0
    registry = {}
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry[self.id] = self
    @classmethod
    def lookup(cls, wid):
        return cls.registry.get(wid)
    def __repr__(self):
        return f"Widget#{self.id}({self.name})"
ws = [Widget(n) for n in ["a", "b", "c"]]
print(ws, Widget.created)
print(Widget.lookup(2), Widget.lookup(9))
class Button(Widget):
    created = 100
b = Button("ok")
print(b, Widget.created, Button.created)
print(sorted(Widget.registry))
class IdGen:
    next_id = 1
    def __init__(self):
        self.id = IdGen.next_id
        IdGen.next_id += 1
ids = [IdGen().id for _ in range(5)]
print(ids, IdGen.next_id)
