# Rebinding globals, builtins and functions while a loop is hot.
def helper(x):
    return x + 1
total = 0
for i in range(300):
    if i == 150:
        def helper(x):
            return x * 2
    total += helper(i)
print(total)
scale = 1
def scaled(v):
    return v * scale
out = []
for i in range(200):
    if i == 100:
        scale = 10
    if i == 150:
        scale = 0.5
    out.append(scaled(i))
print(sum(out), out[99], out[100], out[150])
count = 0
for i in range(200):
    if i == 120:
        len = lambda s: 1000
    count += len("ab")
print(count)
del len
print(len("abc"))
import math
acc = 0.0
for i in range(200):
    if i == 100:
        math.sqrt = lambda v: -1.0
    acc += math.sqrt(4.0)
print(acc)
