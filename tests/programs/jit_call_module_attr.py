# A module attribute (math.sqrt, math.pi) replaced mid-loop and later restored.
import math

real_sqrt = math.sqrt
acc = 0.0
for i in range(5000):
    if i == 2500:
        math.sqrt = lambda x: -1.0
    if i == 4000:
        math.sqrt = real_sqrt
    acc += math.sqrt(i)
print(repr(acc))

def norm(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i * i + 1.0)
    return s

print(repr(norm(3000)))
math.sqrt = abs
print(repr(norm(3000)))
math.sqrt = real_sqrt
print(repr(norm(3000)))

# a module constant replaced while hot
circ = 0.0
for r in range(4000):
    if r == 3000:
        math.pi = 3
    circ += 2 * math.pi * r
print(repr(circ))
math.pi = 3.141592653589793

# from-import binds a copy that is not affected by later module attribute changes
from math import floor
t = 0
for i in range(3000):
    if i == 1500:
        math.floor = lambda x: 0
    t += floor(i / 7) + math.floor(i / 7)
print(t)
del math.floor
try:
    math.floor(1.5)
except AttributeError as e:
    print("AttributeError:", e)

# attribute of a user module-like object changed mid-loop
class NS:
    pass

ns = NS()
ns.k = 2
s = 0
for i in range(4000):
    if i == 2000:
        ns.k = 0.5
    s += ns.k * i
print(repr(s))
