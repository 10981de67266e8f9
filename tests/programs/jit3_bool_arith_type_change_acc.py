r = []
x = 0
for i in range(3000):
    x += (i % 3 < 1)
r.append(repr(x))
b = True
for i in range(1500):
    t = b + b
    u = b * 7
    v = -b
    w = ~b
    y = b << 3
    z = b / 2
    a = b // 1
    c = b ** 0
    d = b & True
    e = b | False
    f = b ^ True
r.append(repr((t, u, v, w, y, z, a, c, d, e, f)))
print(r)
print(sum([True] * 2000), repr(sum(i % 2 == 0 for i in range(3000))))
acc = False
for i in range(1200):
    acc = acc or (i == 1100)
    acc2 = (i > 5) and (i < 10)
print(repr(acc), repr(acc2))
acc = True
for i in range(1200):
    acc &= True
    nacc = False
    nacc |= (i == 3)
print(repr(acc), repr(nacc), type(acc).__name__)
flag = False
for i in range(1200):
    flag ^= True
print(repr(flag))
s = 0
for i in range(1200):
    s -= (i & 1 == 1)
print(s)
# bool compared to ints
c = 0
for i in range(1500):
    if True == 1: c += 1
    if False < True: c += 1
    if (i > 3) == 1: c += 1
    if (i % 2 == 0) is True: c += 1
print(c)
# accumulators changing type
acc = 0
for i in range(3000):
    if i == 1500:
        acc = acc + 0.5
    elif i == 2000:
        acc = int(acc)
    else:
        acc += i
print(repr(acc))
acc = 0
for i in range(3000):
    acc += 2**62 if i % 2 == 0 else -2**62
    if i == 1001: mid = acc
print(acc, mid, type(acc))
acc = 2**63 - 1500
for i in range(3000):
    acc += 1
    if i == 1499: at = acc
    if i == 1500: at2 = acc
print(acc, at, at2)
acc = 1
for i in range(3000):
    acc = acc * 3 if i < 1200 else acc // 3
print(acc)
v = 0
for i in range(2500):
    v = v + 1 if i < 1200 else v + 1.0 if i < 1800 else v - 1 if i == 1900 else v
print(repr(v))
s = ""
n = 0
for i in range(2000):
    n = n + i if i < 1900 else str(n) + "x"
print(n)
