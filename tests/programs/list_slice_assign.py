# Slice assignment and deletion, including extended slices.
a = list(range(10))
a[1:3] = ["a", "b", "c"]
print(a)
a[5:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
b = list(range(10))
b[::2] = [0] * 5
print(b)
b[1::2] = "vwxyz"
print(b)
c = list(range(10))
del c[::2]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
d = list(range(8))
d[::-2] = [10, 20, 30, 40]
print(d)
try:
    d[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
e = [1, 2, 3]
e[1:2] = []
print(e)
e[:] = (7, 8, 9)
print(e)
f = list(range(6))
f[2:4] = f
print(f)
g = list(range(10))
del g[::3]
print(g)
del g[:]
print(g)
