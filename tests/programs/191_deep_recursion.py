# Program: deep recursion with a raised recursion limit
import sys
sys.setrecursionlimit(5000)
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(3000))
def build(n):
    return None if n == 0 else (n, build(n - 1))
def length(node):
    return 0 if node is None else 1 + length(node[1])
chain = build(2500)
print(length(chain), chain[0], chain[1][0])
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
out = count_down(3000, [])
print(len(out), out[:3], out[-3:])
def ping(n):
    return n if n == 0 else pong(n - 1)
def pong(n):
    return n if n == 0 else ping(n - 1)
print(ping(3001), pong(2999))
class Walker:
    def walk(self, n):
        return 0 if n == 0 else 1 + self.walk(n - 1)
print(Walker().walk(2000))
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError caught:", str(e).startswith("maximum recursion depth exceeded"))
print(depth_sum(100))
