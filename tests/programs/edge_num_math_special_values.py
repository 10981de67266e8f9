import math
inf, nan = math.inf, math.nan
tests = [lambda: math.fsum([inf, -inf]), lambda: math.fsum([inf, 1]), lambda: math.fsum([nan]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([1e308, 1e308, -1e308]),
         lambda: math.prod([inf, 0]), lambda: math.sqrt(inf), lambda: math.exp(-inf), lambda: math.log(inf), lambda: math.atan(inf), lambda: math.tan(inf), lambda: math.sin(inf),
         lambda: math.hypot(inf, nan), lambda: math.hypot(nan, 1), lambda: math.dist((0,), (inf,)), lambda: math.isqrt(2.0), lambda: math.gcd(1.5), lambda: math.comb(5, -1),
         lambda: math.perm(-1), lambda: math.factorial(10**30), lambda: math.log(1, 1), lambda: math.log(10, 0), lambda: math.log(10, -1), lambda: math.log(0, 10), lambda: math.log(-1, 10),
         lambda: math.pow(-1, 0.5), lambda: math.pow(0, -inf), lambda: math.pow(-inf, -1), lambda: math.pow(1, inf), lambda: math.pow(nan, 0), lambda: math.fmod(inf, 1),
         lambda: math.ceil(inf), lambda: math.trunc(nan), lambda: math.copysign(nan, -1), lambda: math.atan2(inf, inf), lambda: math.degrees(inf), lambda: math.erfc(-inf),
         lambda: math.lgamma(-1), lambda: math.gamma(-inf), lambda: math.gamma(inf), lambda: math.log1p(-1), lambda: math.log1p(-2), lambda: math.acosh(0.5), lambda: math.atanh(1),
         lambda: math.cosh(1000), lambda: math.sinh(-1000), lambda: math.expm1(1000), lambda: math.ldexp(inf, 5), lambda: math.ldexp(1, -2000), lambda: math.frexp(-0.0),
         lambda: math.isclose(inf, inf), lambda: math.isclose(nan, nan), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.remainder(1, 0), lambda: math.remainder(inf, 2),
         lambda: math.nextafter(inf, 0), lambda: math.ulp(-inf), lambda: math.sumprod if hasattr(math, "sumprod") else 0, lambda: math.floor(-inf), lambda: math.log2(0), lambda: math.log10(-1)]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
