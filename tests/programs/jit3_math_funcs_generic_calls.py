import math
nan = float('nan'); inf = float('inf')
def safe(f, *a):
    try:
        r = f(*a)
        return repr(r) + ":" + type(r).__name__
    except Exception as e:
        return type(e).__name__ + ":" + str(e)
fns = [math.exp, math.sin, math.cos, math.tan, math.asin, math.acos, math.atan, math.sinh, math.cosh, math.tanh,
       math.fabs, math.expm1, math.log1p, math.cbrt, math.exp2, math.sqrt, math.floor, math.ceil, abs, int, float]
args = [0.0, -0.0, 1.0, -1.0, 2.0, -8.0, 710.0, -710.0, 1e308, inf, -inf, nan, 0, -7, True, False, 2**63, -2**63 - 1, 10**400, 3.5, -2.5]
res = {}
for rep in range(60):
    for fi, f in enumerate(fns):
        for a in args:
            r = safe(f, a)
            if rep == 59:
                res[(fi, repr(a))] = r
for k in sorted(res):
    print(k, res[k])
bfns = [math.atan2, math.fmod, math.copysign, math.pow]
bargs = [0.0, -0.0, 1.0, -1.0, 2.0, inf, -inf, nan, 3, -2, 0.5, 1025]
res2 = []
for rep in range(10):
    for f in bfns:
        for a in bargs:
            for b in bargs:
                r = safe(f, a, b)
                if rep == 9:
                    res2.append(r)
for i in range(0, len(res2), 12):
    print(res2[i:i+12])
# min/max with 3+ args and mixed types, in a hot loop directly (not via safe)
mm = []
for i in range(2000):
    a = [1, 1.0, True, -0.0, 0, 0.0, False, nan, 2**64][i % 9]
    b = [1.0, True, 1, 0.0, -0.0, False, 0, 2**64, nan][(i // 9) % 9]
    mm.append(repr(min(a, b)) + repr(max(a, b)) + repr(min(a, b, 0.5)) + repr(max(b, a, 0.5)))
print(mm[:81])
ab = []
for i in range(2000):
    v = [True, False, -0.0, -2**63, 2**64, -1.5, nan, -inf][i % 8]
    ab.append(repr(abs(v)) + repr(int(v) if v == v and v not in (inf, -inf) else 0) + repr(float(v)))
print(ab[:8])
