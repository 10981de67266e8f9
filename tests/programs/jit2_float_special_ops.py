# Float //, %, ** and / with signed zeros, infinities and NaN in compiled code.
INF = float("inf")
NAN = float("nan")
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, INF, -INF, NAN, 1e308, -1e-308, 3, -3, 0, True]

def fops(a, b):
    r = []
    for op in range(5):
        try:
            if op == 0:
                r.append(a // b)
            elif op == 1:
                r.append(a % b)
            elif op == 2:
                r.append(a / b)
            elif op == 3:
                if a < 0 and b - b == 0 and b != int(b):
                    r.append("complex")
                else:
                    r.append(a ** b)
            else:
                r.append(a * b - b)
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            r.append(type(e).__name__ + ":" + str(e))
    return r

results = []
for rnd in range(12):
    for a in vals:
        for b in vals:
            if isinstance(a, float) or isinstance(b, float):
                res = fops(a, b)
                if rnd == 11:
                    results.append((a, b, res))
for a, b, res in results:
    print(repr(a), repr(b), [repr(x) for x in res])

def sq(x):
    return x ** 2

out = []
for i in range(3000):
    try:
        out.append(sq(1.0 * 10 ** (i % 200)))
    except OverflowError as e:
        out.append(str(e))
print(out[150:160])
print(out[-5:])

def neg_zero_arith(n):
    z = -0.0
    acc = []
    for i in range(n):
        a = z * 1
        b = z + 0.0
        c = z - 0.0
        d = -z
        e = 0.0 * -1
        f = z // 1.0
        g = z % 1.0
        h = z % -1.0
        acc = [a, b, c, d, e, f, g, h]
    return [repr(x) for x in acc]

print(neg_zero_arith(3000))

def abs_minmax(n):
    out = None
    for i in range(n):
        x = -0.0
        y = 0.0
        out = (abs(x), max(x, y), max(y, x), min(x, y), min(y, x), abs(-INF), max(NAN, 1.0), max(1.0, NAN), min(NAN, 1.0), min(1.0, NAN))
    return [repr(v) for v in out]

print(abs_minmax(3000))

def rounds(n):
    out = []
    for i in range(n):
        x = i / 8 - 100
        out.append(round(x))
    return out[::250], [round(v, 1) for v in (0.25, 0.35, -0.45, 2.675)]

print(rounds(3000))
