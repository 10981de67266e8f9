# erf, erfc, gamma, lgamma, cbrt, exp2 (3.11), and log of huge ints.
import math
for x in (0.0, 0.5, 1.0, -1.0, 2.5, 5.0, -3.0, 1e-10):
    print(x, math.erf(x), math.erfc(x))
for x in (0.5, 1.0, 1.5, 2.0, 5.0, 10.0, 0.1, -0.5, 171.0, 20.5):
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(1000.0), math.lgamma(-2.5))
for x in (0.0, 1.0, 8.0, 27.0, -8.0, 2.0, 1e300):
    print(x, math.cbrt(x))
for x in (0.0, 1.0, 10.0, -1.0, 0.5, 1023.0):
    print(x, math.exp2(x))
print(math.log(10 ** 1000), math.log2(2 ** 5000), math.log10(10 ** 500), math.log(2 ** 2000, 2))
for bad in (lambda: math.gamma(0.0), lambda: math.gamma(-2.0), lambda: math.lgamma(0.0), lambda: math.gamma(172.0)):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    math.exp2(2000)
except OverflowError as e:
    print("OverflowError:", e)
