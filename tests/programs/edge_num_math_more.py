# math module: less common functions and edge values
import math
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 30), math.gcd(-4, 6), math.gcd(0, 0), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.comb(100, 50), math.factorial(25))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 6), start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3)
print(math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5), math.modf(float("inf")))
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), math.floor(2**70 + 0.0) == 2**70, type(math.floor(2.5)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 1e308, -math.inf < -1e308, math.nan == math.nan)
print(math.dist((0, 0), (3, 4)), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.remainder(7, 3), math.remainder(-7, 2))
print(math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.expm1(0), math.log(2**1000))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.atan2(-0.0, -1), math.asin(1), math.acos(-1))
print(math.sinh(0), math.cosh(0), math.tanh(1e3), math.asinh(0), math.atanh(0.5), math.acosh(1))
print(math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2, math.exp(1) == math.e, math.tau / 2 == math.pi)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27.0) if hasattr(math, "cbrt") else 3.0, math.exp2(10) if hasattr(math, "exp2") else 1024.0)
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.factorial, (-1,)), (math.factorial, (2.0,)), (math.comb, (-1, 2)), (math.isqrt, (-1,)), (math.exp, (1000,)), (math.acos, (2,)), (math.gamma, (0,)), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.ldexp, (1.0, 10**5))]:
    try:
        print(f.__name__, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
