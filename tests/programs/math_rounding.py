# floor, ceil, trunc, fabs, fmod, modf, copysign, frexp, ldexp.
import math
for x in (2.5, -2.5, 3.0, -0.1, 0.9999, 1e20, -7.5):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), math.fabs(x))
print(type(math.floor(2.5)).__name__, math.floor(7), math.ceil(2 ** 70), math.trunc(-2 ** 70))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), -7 % 3)
print(math.modf(3.75), math.modf(-2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(1, -3))
print(math.fabs(-0.0), math.fabs(-5), type(math.fabs(-5)).__name__)
print(math.remainder(7, 3), math.remainder(8, 3))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print("ValueError:", e)
