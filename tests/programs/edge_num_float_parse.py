# float() parsing edge cases
cases = ["1", "1.", ".5", "-.5", "+1e3", "1E-3", "  2.5 ", "1_000.5", "1e1_0", "inf", "-Infinity", "INF", "nan", "-NaN", "+nan",
         "1e500", "-1e500", "1e-400", "0x10", "", ".", "e5", "1e", "1.2.3", "1__0", "_1.0", "1.0_", "infinity", "infinit",
         "0.1", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014e-308", "123456789012345678901234567890", "9007199254740993"]
for c in cases:
    try:
        print(repr(c), repr(float(c)))
    except ValueError as e:
        print(repr(c), "ValueError", e)
print(float(10**20), float(-2**63), float(True), float(2**53 + 1))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
try:
    float([])
except TypeError as e:
    print("TypeError", e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
