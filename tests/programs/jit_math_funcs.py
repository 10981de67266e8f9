# math.* functions in hot loops with exact reprs, and a domain error caught mid-loop.
import math

def run(n):
    s = [0.0] * 10
    ints = 0
    for i in range(1, n):
        x = i * 0.01
        s[0] += math.sqrt(x)
        s[1] += math.sin(x) * math.cos(x)
        s[2] += math.exp(-x)
        s[3] += math.log(x) + math.log10(x) + math.log2(x)
        s[4] += math.hypot(x, i)
        s[5] += math.fabs(math.tan(x) if i % 157 else 1.0)
        s[6] += math.atan2(x, -1.0) + math.atan(x)
        s[7] += math.pow(x, 0.3)
        s[8] += math.fmod(i, 7.5) + math.copysign(1.0, -x)
        s[9] += math.degrees(x) - math.radians(i)
        ints += math.floor(x * 3.3) + math.ceil(-x * 2.1) + math.isqrt(i * 1000) + math.trunc(-x)
        ints += math.gcd(i, 360) + math.factorial(i % 12) + math.comb(i % 20, 3)
        if i % 800 == 0:
            print("m", i, [repr(v) for v in s[:5]], ints)
    return [repr(v) for v in s], ints

print(run(4000))

# a math domain error appears after the loop is hot
vals = []
errs = []
for i in range(4000):
    x = 2500 - i
    try:
        vals.append(math.sqrt(x) + math.log(x + 1000))
    except ValueError as e:
        errs.append(str(e))
print(len(vals), repr(sum(vals)), len(errs), sorted(set(errs)))

for fn, arg in ((math.acos, 2.0), (math.log, 0), (math.log, -1.5), (math.sqrt, -0.0), (math.asin, -1.5)):
    try:
        print(fn.__name__, repr(fn(arg)))
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.isqrt(10 ** 40 + 12345), math.floor(-2.5), math.ceil(-2.5), type(math.floor(2.0)).__name__)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isclose(1.0, 1.0 + 1e-10), math.fsum([0.1] * 10))
print(repr(math.e), repr(math.tau), math.floor(1e20), math.factorial(30), math.prod(range(1, 25)))
