# accumulators that grow into 128-bit then do edge ops
acc = -2**62
for i in range(3000):
    acc -= 2**52 + i
print(acc)
r = []
for i in range(1, 3000):
    a = acc * 3 + i
    r.append((a // 7, a % 7, a // -7, a % -7, -a // 7, a >> 5, a << 3, a & 0xFFFF, a | 1, a ^ -1, ~a, abs(a), -a))
print(r[0], r[-1], len(r))
s = 0
for i in range(3000):
    s += (2**64 + i) * (2**64 - i)
    if i == 2000:
        mid = s
print(s, mid)
t = 2**100
for i in range(3000):
    t = t // 2 if t > 1 else t * 2**90
print(t)
c = 0
big = 2**80
for i in range(3000):
    v = big + i
    f = float(v)
    if v == f: c += 1
    if v < f + 1e10: c += 10
    if v > 1e24: c += 100
print(c)
q = []
for i in range(2000):
    v = (2**63 + i) * (-1 if i % 2 else 1)
    q.append(v / 3)
    q.append(v // 3)
    q.append(v % 1000)
print(q[:6], q[-6:])
# mixed int128 / float arithmetic
z = 0
for i in range(2000):
    z = (2**70 + i) + 0.5
print(repr(z))
w = []
for i in range(1500):
    w.append(divmod(2**65 + i, -(2**33 + 1)))
    w.append(divmod(-(2**65) - i, 2**33 + 1))
print(w[:4], w[-4:])
# pow with modulus, negative
p = []
for i in range(1, 2000):
    p.append(pow(i, 65, 10**9 + 7) + pow(-i, 3, 13) + pow(i, -1, 1000003))
print(sum(p), p[:5])
for i in range(1500):
    try:
        pow(2 if i != 1400 else 0, -1, 4)
    except ValueError as e:
        print("VE", i, e)
for i in range(1500):
    try:
        x = (0.0 if i == 1300 else 2.0) ** -1
    except ZeroDivisionError as e:
        print("ZDE", i, e)
    try:
        x = (0 if i == 1350 else 2) ** -1
    except ZeroDivisionError as e:
        print("ZDE", i, e)
    try:
        x = float(2**1024 if i == 1450 else 1)
    except OverflowError as e:
        print("OE", i, e)
    try:
        x = (10**400 if i == 1460 else 1) / 3
    except OverflowError as e:
        print("OE", i, e)
    try:
        x = 2.0 ** (2000 if i == 1470 else 2)
    except OverflowError as e:
        print("OE", i, e)
    try:
        x = 1e308 * (10 if i == 1480 else 1)
    except OverflowError as e:
        print("OE", i, e)
print(repr(x))
