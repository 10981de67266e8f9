# int() parsing edge cases
cases = ["0", "-0", "+5", "  42  ", "\t7\n", "1_000", "0x1F", "0o17", "0b101", "00", "007", "1__0", "_1", "1_", "", " ", "+", "-", "12a", "1.5", "١٢٣", "٣", "1e3", "0x", "ⅷ"]
for c in cases:
    try:
        print(repr(c), int(c))
    except ValueError as e:
        print(repr(c), "ValueError", e)
for c, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("Z", 36), ("10", 2), ("2", 2), ("0b11", 0), ("0o7", 0), ("010", 0), ("0", 0), ("00", 0), ("1_0", 0), ("0_0", 0), ("-0x10", 0), ("  -0b1  ", 0), ("777", 8), ("0o777", 8), ("0b1", 16), ("zz", 37), ("1", 1), ("12", -1)]:
    try:
        print(repr(c), b, int(c, b))
    except ValueError as e:
        print(repr(c), b, "ValueError", e)
print(int(3.9), int(-3.9), int(True), int(1e20), int("  -123456789012345678901234567890  "))
for v in [float("inf"), float("nan"), None, [1], "1" * 5000]:
    try:
        r = int(v)
        print(len(str(r)) if isinstance(r, int) else r)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, str(e)[:80])
print(int("12", base=10))
try:
    int(5, 10)
except TypeError as e:
    print(e)
