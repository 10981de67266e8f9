# Truthiness, NaN, signed zero and small constant powers in compiled functions.
def t(x):
    a = not x
    b = 1 if x else 0
    c = x and 5.0
    return a, b, c
nan = float("nan")
for i in range(3000):
    r = t(i * 0.5)
print(r, t(nan), t(-0.0), t(0.0))
def u(x):
    return (x == x, x != x, x < x, x >= x, -x, +x, abs(x), x * 0, x - x)
for i in range(3000):
    r = u(i * 0.5)
print(u(nan), u(float("inf")), u(-0.0))
def pw(x):
    return x ** 2, x ** 0, x ** 1, x ** 3, x ** 16
for i in range(3000):
    r = pw(i % 10)
print(pw(-2), pw(True), pw(15), pw(16))
def pwf(x):
    return x ** 2
for i in range(3000):
    r = pwf(i * 0.5)
print(pwf(nan), pwf(float("-inf")), pwf(-0.0), pwf(1e154), pwf(-1e-200))
try:
    print(pwf(1e155))
except OverflowError as e:
    print("OverflowError", e)
