# Printing very large integers (hundreds to ~1000 digits).
x = 7 ** 1100
s = str(x)
print(len(s))
print(x)
print(-x)
y = 10 ** 999 + 12345
print(y)
print(len(repr(y)))
z = 2 ** 3000
print(z)
print(str(z)[:50], str(z)[-50:])
print(int(s) == x)
print(int("9" * 900) + 1 == 10 ** 900)
print(x % 1000000007)
print(x // 10 ** 1000)
