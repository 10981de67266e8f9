import math
nan = float('nan')
inf = float('inf')
vals = [1.0, nan, -0.0, 0.0, inf, -inf, -1.0, 2]
def cmp_not(a, b):
    r = 0
    if not (a < b): r |= 1
    if not (a <= b): r |= 2
    if not (a > b): r |= 4
    if not (a >= b): r |= 8
    if not (a == b): r |= 16
    if not (a != b): r |= 32
    if a == a: r |= 64
    if a != a: r |= 128
    return r
out = []
for i in range(3000):
    a = vals[i % 8]
    b = vals[(i // 8) % 8]
    out.append(cmp_not(a, b))
print(out[:64], sum(out))
# loops with nan condition
c = 0
x = 0.0
for i in range(3000):
    x = nan if i == 2000 else float(i)
    while not x > 5.0:
        c += 1
        break
print(c)
z = []
for i in range(2000):
    v = vals[i % 8]
    z.append(repr(v + 0.0))
    z.append(repr(v - 0.0))
    z.append(repr(0.0 - v))
    z.append(repr(-v))
    z.append(repr(v * 0))
    z.append(repr(v * 1))
    z.append(repr(v - v))
    z.append(repr(v * -1))
    z.append(repr(abs(v)))
    z.append(repr(0 * v))
    z.append(repr(v / 1))
    z.append(repr(v * 2 - v))
print(z[:96])
m = []
for i in range(2000):
    v = vals[i % 8]
    w = vals[(i + 3) % 8]
    m.append(repr(max(v, w)) + repr(min(v, w)) + repr(max(w, v)) + repr(min(w, v)))
print(m[:16])
# int strength reduction with negative operands and power-of-two constants
acc = []
for i in range(-1500, 1500):
    acc.append((i // 2, i % 2, i // -2, i % -2, i // 8, i % 8, i % -16, i // -16, i * 8, i >> 1, i & 7, (i * 3) // 4, -i % 4))
print(acc[:3], acc[1499:1502], acc[-2:])
print(sum(sum(t) for t in acc))
# int * 0 etc
w = []
for i in range(-1500, 1500):
    w.append(i * 0 + i - i + (i ^ i) + (i | 0) - (i & -1) + 0 // (i or 1))
print(sum(w), set(w))
# float equality/ordering of mixed int/float nan
k = 0
for i in range(2000):
    if i < nan: k += 1
    if i > nan: k += 1
    if i == nan: k += 1
    if i != nan: k += 1
    if nan != i: k += 1
print(k)
f = []
for i in range(1500):
    f.append(math.fmod(-i, 7.0))
    f.append(math.copysign(i, -0.0))
    f.append(math.isnan(nan * i))
    f.append(math.isinf(inf - i))
    f.append(math.trunc(-i / 3))
    f.append(math.hypot(i, -i))
print(f[:12], f[-6:])
for i in range(1500):
    try:
        math.sqrt(-1.0 if i == 1499 else 1.0)
    except ValueError as e:
        print("VE", e)
    try:
        math.log(0 if i == 1498 else 1)
    except ValueError as e:
        print("VE", e)
