# math: sqrt, exp, log family, pow, constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in (0.0, 1.0, 2.0, 0.5, 10.0, 1e-10, 1e10, 123.456):
    print(x, math.sqrt(x), math.exp(x) if x < 700 else None, math.log1p(x), math.expm1(x) if x < 700 else None)
for x in (1.0, 2.0, 10.0, 0.5, 1e-10, 1e300, 2 ** 100, 8):
    print(x, math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400))
print(math.sqrt(16), math.sqrt(2), math.sqrt(10 ** 100), type(math.sqrt(4)).__name__)
print(math.exp(1), math.exp(-1), math.exp(0), math.exp(-1000), math.pow(2, 10), math.pow(2, 0.5))
print(math.expm1(1e-10), math.log1p(1e-10), math.expm1(-1))
print(math.log2(1024), math.log10(1000), math.log10(0.001))
