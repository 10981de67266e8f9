# round/abs/divmod corner cases
for v in [0.5, 1.5, 2.5, -0.5, -2.5, 3.5, 2.675, 1e16 + 1, 0.49999999999999994, -0.0, 1e300]:
    print(repr(v), round(v), repr(round(v, 1)), repr(round(v, -1)), repr(round(v, 0)))
for v in [5, 15, 25, -25, 149, 150, 151, 10**20 + 5 * 10**19, 0, -1]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -30))
print(round(float("inf"), 2), round(float("nan"), 2), round(1.23456, None))
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2**100), abs(float("-inf")), abs(-9223372036854775808))
try:
    abs("x")
except TypeError as e:
    print("TypeError", e)
print(divmod(-9223372036854775808, -1), divmod(7, 2.5), divmod(-7.5, 2), divmod(True, 2), divmod(10**20, 3))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
