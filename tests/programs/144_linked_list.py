# Singly linked list class
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev = None
        cur = self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __iter__(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.val)
            cur = cur.next
        return iter(out)
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join([str(v) for v in self]) or "(empty)"
ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.append(4)
ll.push_front(0)
print(ll, len(ll))
ll.reverse()
print(ll)
print(ll.remove(2), ll.remove(99), ll.remove(4), ll)
print(sum(ll), max(ll), 3 in list(ll))
e = LinkedList()
print(e, len(e))
e.append("x")
e.reverse()
print(e)
