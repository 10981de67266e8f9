# from math import ...; import math as m; module attribute access.
from math import sqrt, pi
import math as m
from math import floor as fl, ceil
print(sqrt(16), pi, m.sqrt(2), m.pi == pi, fl(3.7), ceil(3.2))
print(m.factorial(5), m.gcd(8, 12))
import math
print(math is m, math.sqrt is sqrt)
def area(r):
    return pi * r ** 2
print(area(1), round(area(2.5), 4))
print(m.__name__, type(m).__name__)
import math, sys as system
print(system.maxsize > 0, math.e)
