# Builtins (len, abs, range, min) shadowed by module globals mid-run, then the shadow deleted.
data = [1, 2, 3]
total = 0
for i in range(5000):
    if i == 2500:
        len = lambda s: 100
    total += len(data)
print("len", total)
del len
print(len(data))

def uses_abs(n):
    t = 0
    for i in range(n):
        t += abs(i - n // 2)
    return t

print(uses_abs(3000))
abs = lambda x: 1
print(uses_abs(3000))
del abs
print(uses_abs(3000))

def count_range(n):
    c = 0
    for i in range(n):
        c += 1
    return c

print(count_range(3000))
_real_range = range
def range(*a):
    return _real_range(3)
print(count_range(3000))
del range
print(count_range(3000))

# a builtin shadowed only for part of a hot loop (global rebound, then deleted)
acc = 0
for i in range(4000):
    if i == 2000:
        min = lambda a, b: 7
    if i == 3000:
        del min
    acc += min(i, 5)
print("min", acc, min(3, 9))

# a local shadowing a builtin inside a hot function
def local_shadow(n):
    out = 0
    for i in range(n):
        max = i % 3
        out += max
    return out

print(local_shadow(3000), max(1, 2))
