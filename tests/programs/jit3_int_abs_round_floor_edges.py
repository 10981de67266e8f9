import math
M = -2**63
out = []
for i in range(1500):
    a = abs(M)
    b = -M
    c = M * -1
    d = M // -1
    e = abs(M + i) if i < 3 else 0
    f = -(M + i)
out.append((a, b, c, d, e, f))
print(out)
def neg(x): return -x
def ab(x): return abs(x)
r = []
for i in range(2000):
    v = M if i % 500 == 0 else -i
    r.append(neg(v)); r.append(ab(v))
print(sum(r), r[:4], r[1000:1004])
# int/float comparisons at 2**53
N = 2**53
acc = []
for i in range(1500):
    k = N + (i % 3) - 1
    f = float(N)
    acc.append((k == f, k < f, k > f, k <= f, k >= f, k != f, f == k + 1))
print(acc[:6], acc.count(acc[0]))
c = 0
for i in range(1500):
    if (2**63 - 1) == 9.223372036854775807e18: c += 1
    if (2**63) == 9.223372036854775807e18: c += 10
    if (2**63 - 1) < 9.223372036854775807e18: c += 100
print(c)
# round
rr = []
for i in range(2000):
    x = i / 4 - 200
    rr.append(round(x))
    if i % 100 == 0:
        rr.append(round(x, 1)); rr.append(round(i * 137, -2)); rr.append(round(-i * 137, -2))
print(sum(rr), rr[:20])
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
# int of floats
ii = []
for i in range(1500):
    ii.append(int(i * -1.7))
    ii.append(int(1e19 + i))
print(sum(ii))
for i in range(1500):
    v = float('inf') if i == 1300 else float('nan') if i == 1400 else 1.5
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
# floor/ceil huge
fc = []
for i in range(1500):
    x = 1e300 * (1 if i % 2 else -1) + i
    fc.append(math.floor(x) - math.ceil(x))
    fc.append(math.floor(-i - 0.5))
print(sum(fc))
print(math.floor(1e300) % 1000, math.ceil(-1e25))
for i in range(1200):
    try:
        math.floor(float('inf') if i == 1100 else 2.5)
    except OverflowError as e:
        print("OE", e)
    try:
        math.ceil(float('nan') if i == 1150 else 2.5)
    except ValueError as e:
        print("VE", e)
