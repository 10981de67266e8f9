def pw(a, b):
    return a ** b
res = []
for i in range(3000):
    b = i % 70 - 5
    a = (i % 7) - 3
    try:
        r = pw(a, b)
    except ZeroDivisionError as e:
        r = "ZDE:" + str(e)
    if i % 97 == 0:
        res.append(repr(r))
print(res)
acc = 0
for i in range(3000):
    acc += 2 ** (i % 70)
print(acc)
acc = 0.0
for i in range(3000):
    acc += 2 ** -(i % 5)
print(acc)
# shifts
def sh(a, n):
    return a << n, a >> n
out = []
for i in range(2000):
    n = i % 130
    a = (i % 11) - 5
    l, r = sh(a, n)
    if i % 53 == 0:
        out.append((l, r))
print(out)
for i in range(1500):
    try:
        sh(i, -1 if i == 1400 else 3)
    except ValueError as e:
        print("VE", i, e)
x = 1
for i in range(1200):
    x = 1 << (i % 100)
print(x)
for i in range(1200):
    y = -1 >> 200
    z = -(2**63) >> 63
    w = (2**63 - 1) << 1
print(y, z, w)
# bitops
acc = 0
for i in range(3000):
    acc ^= (~i) & (i | -i) ^ (-i >> 3)
print(acc)
acc = 0
for i in range(1500):
    big = 2**70 + i
    acc += (big & -i) | (~big ^ i)
print(acc)
for i in range(1200):
    t = ~(-2**63)
    u = ~(2**63 - 1)
print(t, u, type(t))
