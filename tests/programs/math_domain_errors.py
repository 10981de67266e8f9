# math domain errors caught and printed.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log2(0)", lambda: math.log2(0)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("log1p(-1)", lambda: math.log1p(-1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-1.5)", lambda: math.asin(-1.5)),
    ("acosh(0.5)", lambda: math.acosh(0.5)),
    ("atanh(1)", lambda: math.atanh(1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("sin(inf)", lambda: math.sin(math.inf)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("cosh(1000)", lambda: math.cosh(1000)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("ldexp(1, 5000)", lambda: math.ldexp(1.0, 5000)),
    ("log(0.0)", lambda: math.log(0.0)),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(math.sqrt(-0.0), math.log(math.inf), math.exp(-math.inf))
math.sqrt(-4)
