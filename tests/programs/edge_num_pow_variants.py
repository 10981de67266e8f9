# pow / ** variants
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0, 2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 0)
print(10 ** 20, 10 ** -20, 2.0 ** 1023, (-1) ** 10**20, 1 ** -5, (-1) ** -5, 3 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(pow(2, 10), pow(2, 10, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 13), pow(2, -2, 5), pow(5, 0, 1), pow(0, 0, 3))
print(pow(123456789, 987654321, 10**9 + 7), pow(2, 10**5, 10**10), pow(10**30, 3, 10**7 + 19))
print(pow(2.5, 2), pow(2, 2.5), pow(-2.0, 2), pow(1.5, -2), pow(float("inf"), 0), pow(float("nan"), 0), pow(1, float("nan")))
for args in [(0, -1), (0.0, -1), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (10.0, 400), (0, -1.5)]:
    try:
        print(args, repr(pow(*args)))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(args, type(e).__name__, e)
try:
    print(2 ** 10.0 ** 3 ** 2)
except OverflowError as e:
    print("OverflowError", e)
x = 3
x **= 4
print(x, 2 ** 62 * 2, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, (-2) ** 63)
print(type(2 ** -1), type(2 ** 2), type(4 ** 0.5), 1e308 * 10, -1e308 * 10)
