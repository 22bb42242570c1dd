class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

    def pop_two(self):
        a = self.pop()
        b = self.pop()
        return a, b

s = Stack()
s.items.append(1)
s.pop_two()
