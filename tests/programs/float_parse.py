# float() construction from strings and numbers.
for s in ("1.5", " 1.5 ", "\t-2.25\n", "1e10", "1E-3", "+3", "-0", "inf", "-inf", "Infinity",
          "-INFINITY", "nan", "NaN", "1_000.5", ".5", "5.", "0x10" ):
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ("", "abc", "1.2.3", "1e", "--1", "1 2", "_1"):
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(float(3), float(-7), float(True), float(2 ** 80), float())
print(float(1.25), float("  +1e+2  "))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
