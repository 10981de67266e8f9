# Arithmetic that crosses the 64-bit boundary must stay exact.
m = 9223372036854775807
print(m)
print(m + 1)
print(m + m)
print(m * 2)
print(m * m)
print(-m - 1)
print(-m - 2)
print((-m - 1) * -1)
print((-m - 1) // -1)
print(abs(-m - 1))
print(-(-m - 1))
print(m + 1 - 1 == m)
x = 1
for i in range(70):
    x = x * 2
print(x)
print(x - 1)
print(x // 3, x % 3)
y = 3
for i in range(5):
    y = y * y
    print(y)
print(4611686018427387904 * 2)
print(4611686018427387904 + 4611686018427387904)
print(-4611686018427387904 * 2)
print(-4611686018427387904 * 2 - 1)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
print(type(m + 1).__name__)
