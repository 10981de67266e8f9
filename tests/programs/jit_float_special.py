# inf / nan / -0.0 flowing through hot loops: comparisons, arithmetic, min/max, repr.
inf = float("inf")
nan = float("nan")
vals = [1.0, -2.5, inf, -inf, nan, 0.0, -0.0, 1e308, 5e-324]

def table(n):
    lt = eq = gt = ne = 0
    for i in range(n):
        a = vals[i % len(vals)]
        b = vals[(i * 7 + 3) % len(vals)]
        lt += a < b
        eq += a == b
        gt += a > b
        ne += a != b
    return lt, eq, gt, ne

print(table(9 * 400))

# nan appears mid-loop in an accumulator
acc = 0.0
for i in range(4000):
    acc += 1.0 if i != 2500 else nan
    if i % 1000 == 999:
        print("acc", i, repr(acc), acc == acc, acc != acc)

# inf arithmetic
ops = []
for i in range(3000):
    x = inf if i % 2 else -inf
    y = x * 0 if i == 2999 else x + 1e308
    if i >= 2996:
        ops.append((repr(x), repr(y), repr(x - x), repr(-x), repr(x / 1e308), repr(1 / x)))
for o in ops:
    print(o)

# sign of zero survives hot arithmetic
signs = []
for i in range(3000):
    z = -0.0 * (i + 1)
    w = 0.0 * -(i + 1)
    if i % 1000 == 0:
        signs.append((repr(z), repr(w), repr(z + 0.0), repr(-z), z == 0.0, str(-0.0 * 0)))
print(signs)
print(max(nan, 1.0), min(1.0, nan), max(-0.0, 0.0), min(0.0, -0.0), repr(abs(-0.0)))
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan is nan, [nan] == [nan])
print(int(-0.0), repr(round(-0.4)), repr(-0.0 * 5), repr(float("-0")))
for bad in (inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
