# Constants and assorted math identities.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.tau == 2 * math.pi)
print(math.sin(math.pi) < 1e-15, math.cos(math.pi), math.exp(math.log(10)))
print(math.sqrt(2) ** 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.log(math.e), math.log10(10), math.log2(2))
print(sum(1 / math.factorial(k) for k in range(20)))
print(4 * sum((-1) ** k / (2 * k + 1) for k in range(1000)))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(0.5))
print(math.comb(10, 3) == math.factorial(10) // (math.factorial(3) * math.factorial(7)))
print(math.isqrt(10 ** 40) == 10 ** 20, math.ulp(1.0) if hasattr(math, "ulp") else None)
print(math.nextafter(1.0, 2.0), math.ulp(1.0))
