# inf/nan arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf, inf // 1 if False else 0)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(inf == inf, inf > 1e308, -inf < -1e308, inf == 10**400 if False else "", max(inf, nan), min(nan, 1))
print(1e308 + 1e308, -1e308 - 1e308, 1e-323 / 2, 5e-324 / 2, 2.0 ** -1074, 2.0 ** -1075)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0, abs(-0.0), 0.0 * -5)
print(inf % 5 if False else "", 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf, divmod(5.0, inf), divmod(-5.0, inf))
for a, b in [(inf, 2), (nan, 2), (2, nan), (inf, inf)]:
    try:
        print(repr(a % b), repr(a // b))
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(int(1e18), int(-1e18), int(1.9999999999999998), int(-0.9), int(2.5e-5), int(1e19), int(2**63 + 0.0))
print(float(2**1023) * 2, 1e308 * 10 == inf, -1e308 * 10 == -inf, (1e200 * 1e200) - (1e200 * 1e200))
print(sorted([3.0, nan, 1.0]) is not None, sum([inf, -inf]), sum([nan, 1]), round(inf, 1), round(-inf, -2))
import math
print(math.isnan(inf - inf), math.isinf(1e308 * 2), math.copysign(1, -0.0), math.copysign(1, nan), 0.1 * 3, 0.1 + 0.7)
