# augmented assignment and numeric type transitions
x = 5
x += 2.5
print(x, type(x).__name__)
x = 2**62
x += 2**62
print(x, type(x).__name__)
x *= x
print(x)
x //= 3
print(x)
x %= 1000007
print(x)
x **= 3
print(x)
x -= 10**30
print(x)
x >>= 10
print(x)
x <<= 3
print(x)
x &= 0xFFFF
print(x)
x |= 1 << 70
print(x)
x ^= x
print(x)
y = 7
y /= 2
print(y)
y //= 0.5
print(y)
y %= 2.5
print(y)
b = True
b += True
print(b, type(b).__name__)
s = "ab"
s *= 3
s += "!"
print(s)
l = [1]
l *= 3
l += (2,)
print(l)
n = -9223372036854775807
n -= 1
print(n)
n -= 1
print(n)
n = 9223372036854775807
n += 1
print(n)
n = -(2**63)
n *= -1
print(n)
acc = 0
for i in range(1, 200):
    acc = acc * 3 + i
print(acc, acc % 97)
