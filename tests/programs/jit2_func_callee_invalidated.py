# A compiled callee invalidated (it deoptimizes too often) while compiled callers
# keep calling it directly; then recompiled for the new argument types.
def f(x):
    return x * x * x

def caller(n, base):
    t = 0
    for i in range(n):
        t += f(base + i)
    return t

print(caller(3000, 0))
for k in range(20):
    print(k, f(2 ** 30 + k) % 1000, end="; ")
print()
print(caller(3000, 0))
print(caller(3000, 2 ** 21))
print(caller(3000, 2 ** 22) % 1000003)
for k in range(3000):
    f(k * 0.5)
print(caller(3000, 0.5))
print(caller(3000, 0))
