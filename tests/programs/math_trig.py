# math trig and hyperbolic functions, degrees/radians, atan2.
import math
for x in (0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.5):
    print(round(x, 6), math.sin(x), math.cos(x), math.tan(x))
for x in (0.0, 0.5, -0.5, 1.0, -1.0):
    print(x, math.asin(x), math.acos(x), math.atan(x))
print(math.atan(10.0), math.atan(-1e10), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
for x in (0.0, 0.5, 1.0, -2.0, 3.0):
    print(x, math.sinh(x), math.cosh(x), math.tanh(x))
print(math.asinh(1.0), math.acosh(2.0), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.tanh(100), math.sinh(-0.0), math.cos(0))
