# fsum, hypot, dist, isclose, isfinite, isinf, isnan, copysign.
import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((1,), (-1,)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=1e-2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
for x in (1.0, math.inf, -math.inf, math.nan, 0.0, 1e308):
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.copysign(1.0, -3), math.copysign(5, 0.0), math.copysign(math.inf, -1))
print(math.isinf(10 ** 400 if False else 1e308 * 10), math.isnan(math.inf - math.inf))
