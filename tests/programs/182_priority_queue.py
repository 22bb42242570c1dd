# Program: binary-heap priority queue implemented as a class
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        self.heap.append(entry)
        self._sift_up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._sift_down(0)
        return top[0], top[2]
    def peek(self):
        return self.heap[0][2] if self.heap else None
    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest
pq = PriorityQueue()
tasks = [(3, "write code"), (1, "fix bug"), (4, "lunch"), (1, "deploy"), (5, "nap"), (2, "review"), (9, "retire"), (2, "test")]
for p, t in tasks:
    pq.push(p, t)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [(v * 7919) % 101 for v in range(30)]
h = PriorityQueue()
for v in nums:
    h.push(v, v)
out = [h.pop()[1] for _ in range(len(h))]
print(out == sorted(nums), out[:10])
