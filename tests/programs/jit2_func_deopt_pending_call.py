# Frameless function units that deoptimize (int overflow) while a loaded callee or builtin is pending.
import math
def helper(x):
    return x + 1
def f(a, b):
    return helper(a * b) + helper(a - b)
def g(a, b):
    return math.floor(a * b) + abs(a * b * b)
t = 0
for i in range(3000):
    t += f(i, i)
print(t, f(2**62, 4), f(-2**63, 1), f(5, -2**63))
for i in range(3000):
    t += g(i, i)
print(t, g(2**40, 2**30), g(3, 2**62))
def h(a, b):
    x = a * b
    y = x * x
    return helper(y) + x
for i in range(3000):
    t += h(i, 3)
print(t, h(2**20, 2**10), h(2**31, 2**10))
