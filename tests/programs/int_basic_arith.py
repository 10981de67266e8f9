# Basic integer arithmetic within the i64 range.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(-a + b, -a - b, -a * b)
print(a ** 2, b ** 3, 0 ** 0, 1 ** 100)
print(2 ** 62, 2 ** 63 - 1, -2 ** 63)
x = 0
for i in range(10):
    x = x * 3 + i
print(x)
print(abs(-42), abs(0), -(-7))
print(+5, -0, 7 - 7)
n = 1000000
print(n * n, n * n * n)
print(123456789 * 987654321)
print(9223372036854775807 + 0)
print(-9223372036854775808 - 0)
print(10 - 20 - 30, 10 - (20 - 30))
print(2 * 3 + 4 * 5, 2 * (3 + 4) * 5)
print(100 // 7 * 7 + 100 % 7)
