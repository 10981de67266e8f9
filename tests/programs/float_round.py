# round(): banker's rounding and ndigits.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5, 0.4999, 2.51):
    print(v, round(v))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(2.5, 0), round(3.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123456789, -4))
print(round(7), round(-7), round(7, 2), round(7.0, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(round(1e20), round(1.23456e10, -5))
print(round(0.1 + 0.2, 10), round(1 / 3, 5))
print(round(2 ** 70 + 50, -2))
print(round(-0.4), round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
