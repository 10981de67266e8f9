# Float-heavy loops: numerical integration, series, Newton's method.
def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h
print(integrate(lambda x: x * x, 0.0, 1.0, 10000))
print(integrate(lambda x: 4.0 / (1.0 + x * x), 0.0, 1.0, 20000))
def newton_sqrt(v):
    x = v
    for _ in range(30):
        x = 0.5 * (x + v / x)
    return x
print(newton_sqrt(2.0), newton_sqrt(1e10), newton_sqrt(0.25))
s = 0.0
sign = 1.0
for k in range(100000):
    s += sign / (2 * k + 1)
    sign = -sign
print(4 * s)
x = 0.5
for _ in range(1000):
    x = 3.7 * x * (1 - x)
print(x)
