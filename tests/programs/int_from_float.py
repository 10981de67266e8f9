# int(float) truncates toward zero; big floats convert exactly.
for f in (3.7, -3.7, 0.5, -0.5, 0.0, -0.0, 1e10, 2.5, -2.5, 123456.999):
    print(f, int(f))
print(int(1e20))
print(int(1e300))
print(int(2.0 ** 70))
print(int(-1.5e18))
print(int(9.99e15))
print(int(float("123.0")))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int("7"), int(7.9), int(True))
print(round(7.9), round(-7.5), type(round(7.9)).__name__)
