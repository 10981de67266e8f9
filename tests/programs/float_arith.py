# Float arithmetic and int/float promotion.
a = 7.5
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(type(a + b).__name__, type(b + a).__name__, type(b / 1).__name__)
print(1 / 2, 4 / 2, -3 / 2, 10 / 3, 1 / 3 * 3)
print(3 + 0.0, 3 * 1.0, 2 ** 0.5 * 2 ** 0.5)
print(0.1 * 3, 0.3 / 0.1, 1.1 - 1.0)
print(1e308 + 1e308, -(1e308 * 10), 1e308 * 10 - 1e308 * 10)
x = 0.0
for i in range(10):
    x += 0.1
print(x)
print(sum([0.1] * 10))
print(2 ** 64 / 3, 10 ** 20 / 7)
print(10 ** 30 * 1.0, 1.5 * 2 ** 70)
print(True + 0.5, False * 2.5)
print(-7.0 // 2, -7.0 % 2, 7.0 // -2, 7.0 % -2)
print(5.5 // 1.5, 5.5 % 1.5, -5.5 // 1.5, -5.5 % 1.5)
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -0.0 - 0.0)
print(abs(-2.5), abs(-0.0), -(0.0))
print(float("inf") - float("inf"), float("inf") * 0, float("inf") + 1)
print(float("nan") == float("nan"), float("nan") != float("nan"))
try:
    print(10 ** 400 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 5000)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 398)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
