# Floating-point accumulation gives reproducible IEEE results.
s = 0.0
for i in range(1, 1001):
    s += 1.0 / i
print(s)
p = 1.0
for i in range(1, 30):
    p *= 1.1
print(p)
x = 1.0
for i in range(50):
    x = x / 3.0 + 1.0
print(x)
acc = 0.0
for i in range(100):
    acc += (i % 7) * 0.01 - 0.02
print(acc)
print(sum(i * 0.1 for i in range(100)))
vals = [1e16, 1.0, -1e16]
print(sum(vals))
import math
print(math.fsum(vals))
t = 0.0
for k in range(20):
    t = t * 0.5 + k
print(t)
