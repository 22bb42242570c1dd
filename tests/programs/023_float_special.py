# inf and nan behaviour
import math
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, repr(inf), str(nan))
print(float("Infinity"), float("-INF"), float("NaN"), float("+inf"))
print(inf > 1e308, ninf < -1e308, inf == inf, inf + 1 == inf)
print(inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isnan(1.0), math.isinf(inf), math.isinf(ninf), math.isinf(nan))
print(math.inf == inf, -math.inf == ninf, math.isnan(math.nan))
print(1 / inf, -1 / inf, inf * -1)
print(min(3.0, inf), max(ninf, -5), abs(ninf))
print(f"{inf}", f"{nan}", f"{inf:.2f}", f"{ninf:>8}", "%f" % inf, "%.1f" % nan)
vals = [3.5, inf, -2.0, ninf, 0.0]
print(sorted(vals))
print(float("1e500"), float("-1e500"), 1e-400)
print(int(1e18), 1e18 == 10 ** 18)
print(inf > 10 ** 18, ninf < -(10 ** 18))
print(math.isinf(1e308 * 10))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
