# math module basics
import math
print(math.pi, math.e)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(2.5)), type(math.sqrt(4)))
print(math.trunc(3.9), math.trunc(-3.9), math.floor(5), math.ceil(5))
print(math.fabs(-4), math.fabs(2.5))
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(7, 13))
print([math.factorial(n) for n in range(11)], math.factorial(20))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(9, -0.5))
print(math.exp(0), math.exp(1), math.exp(2))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(0.01))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
