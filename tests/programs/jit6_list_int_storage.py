# Lists built empty keep small ints unboxed until something else arrives
# (list storage strategies). Every switch to general storage below happens
# inside a hot loop, so compiled code meets both storages.


def build(n):
    xs = []
    for i in range(n):
        xs.append(i * 3 - 7)
    return xs


def append_float_midway(n):
    xs = []
    for i in range(n):
        if i == n // 2:
            xs.append(0.5)
        xs.append(i)
    return xs


def iterate_and_grow(xs):
    total = 0
    grown = False
    for x in xs:
        total += x if isinstance(x, int) else 1000
        if not grown and total > 5000:
            xs.append("tail")
            grown = True
    return total, len(xs), xs[-1]


def index_loop(xs):
    acc = 0
    for i in range(len(xs)):
        acc += xs[i] - xs[-1 - i]
    return acc


def store_loop(xs):
    for i in range(len(xs)):
        if i == 1500:
            xs[i] = 1.5
        else:
            xs[i] = xs[i] * 2
    return xs


def append_big_and_bool(n):
    xs = []
    for i in range(n):
        if i == n - 3:
            xs.append(2 ** 70)
        elif i == n - 2:
            xs.append(True)
        else:
            xs.append(i)
    return xs


a = build(3000)
print(len(a), a[0], a[-1], sum(a), sum(a, 0.5), sum(a, 2 ** 80))
print(a[:5], a[-3:], a[::1000])
print(17 in a, 18 in a, a.index(20), a.count(-7))
b = append_float_midway(3000)
print(len(b), b[1499:1503], sum(b))
c = build(4000)
print(iterate_and_grow(c))
print(c[-2:])
d = build(3000)
print(index_loop(d))
e = store_loop(build(3000))
print(e[1498:1502], sum(e))
f = append_big_and_bool(3000)
print(f[-4:], sum(f[:10]))

# Generic operations on a list that is still in int storage.
g = build(2500)
h = g
g.reverse()
print(h[:3], g == h, sorted(g)[:3], max(g), min(g))
g.sort()
print(g[:3], g.pop(), g.pop(0), len(g))
g.insert(0, -1000)
del g[1]
print(g[:3], repr(g[-2:]), str([build(3)]), [build(2), build(1)])
print([x for x in build(3000) if x % 2 == 0][-3:], sum(x for x in build(10)))

# The seed kernel's shape, smaller.
squares = [i ** 2 for i in range(5000)]
evens = [x for x in squares if x % 2 == 0]
print(sum(evens), len(evens), evens[-1])

# Ints past 64 bits can never be stored unboxed.
wide = []
for i in range(2000):
    wide.append(2 ** 62 + i)
wide.append(2 ** 63)
print(wide[-2:], sum(wide))

# Out-of-range index on int storage.
try:
    build(1500)[1500]
except IndexError as exc:
    print("IndexError:", exc)
try:
    z = build(1500)
    z[-1501] = 3
except IndexError as exc:
    print("IndexError:", exc)
