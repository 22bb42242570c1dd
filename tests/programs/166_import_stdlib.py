# import math / sys / time forms
import math
import sys
import time
from math import floor, ceil
print(math.floor(2.5), floor(-2.5), ceil(2.1))
print(sys.maxsize > 2 ** 62, type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].endswith("166_import_stdlib.py"))
t0 = time.time()
s = 0
for i in range(10000):
    s += i
t1 = time.time()
print(s, t1 >= t0, type(t1 - t0).__name__)
p0 = time.perf_counter()
p1 = time.perf_counter()
print(p1 >= p0)
import math as m
print(m.sqrt(2) == math.sqrt(2), m is math)
sys.stdout.write("written via sys.stdout.write\n")
n = sys.stdout.write("abc")
sys.stdout.write("\n")
print(n)
