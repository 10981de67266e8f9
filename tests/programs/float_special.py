# inf, nan and -0.0 behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf > 1e308, -inf < -1e308)
print(inf == inf, inf - 1 == inf, inf * -1)
print(nan == nan, nan < 1, nan > 1, nan != nan)
print(inf + inf, inf - inf, inf * 0, inf / inf)
print(1 / inf, -1 / inf)
print(max(inf, 5), min(-inf, 5))
print(float("-0.0"), -0.0, 0.0 * -1)
z = -0.0
print(z == 0, z < 0, str(z), repr(z), abs(z))
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print([inf, nan, -inf])
print(inf is not None, bool(nan), bool(0.0), bool(-0.0))
print(hash(inf), hash(-inf))
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
