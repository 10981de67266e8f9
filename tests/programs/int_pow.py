# ** operator: negative exponents give float; 3-arg pow.
print(2 ** 10, 2 ** 0, 2 ** -1, 2 ** -2)
print(10 ** -3)
print((-2) ** -3)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(0 ** 0, 0 ** 5)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, 0, 13))
print(pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(10, -1, 17))
print(pow(5, 3, 1))
print(4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
print(2 ** 0.5)
print(1.5 ** 2, 2.0 ** -2)
print((-1) ** 1001, (-1) ** 1000)
print(-2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2)
print(10 ** 20, 10 ** 20 // 10 ** 19)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
