# Hot-loop int comparisons, chained comparisons, comparisons against big ints and floats.
def counts(n):
    lt = le = eq = ne = gt = ge = ch = 0
    for i in range(n):
        a = (i * 37) % 101
        b = (i * 53) % 97
        lt += a < b
        le += a <= b
        eq += a == b
        ne += a != b
        gt += a > b
        ge += a >= b
        if 10 < a <= b < 90:
            ch += 1
    return lt, le, eq, ne, gt, ge, ch

print(counts(5000))

big = 2 ** 64
res = []
for i in range(4000):
    v = i * 2 ** 52
    if v > big:
        res.append(("gt", i))
        break
    if i % 1000 == 0:
        res.append((i, v < big, v == big, v >= 2 ** 62))
print(res)

# ints vs floats near the 2**53 boundary
f = float(2 ** 53)
eqs = 0
for i in range(3000):
    n = 2 ** 53 + (i % 3)
    eqs += (n == f) + 2 * (n < f + 2) + 4 * (n > f)
print("floatcmp", eqs)

# comparison operand type flips from int to float to bigint mid-loop
thr = 2500
hits = []
for i in range(5000):
    if i == 3000:
        thr = 2500.5
    if i == 4000:
        thr = 10 ** 30
    if i >= thr:
        hits.append(i)
print(len(hits), hits[:2], hits[-1] if hits else None)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, -0 == 0, 10**20 > 10**19 > 1e18, (2**63) == 2.0**63)
