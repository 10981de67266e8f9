# Bitwise operators and shifts, including negative operands.
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -1 << 70)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3)
print(-1 >> 1, -1 >> 100, 1 >> 100)
print((2 ** 100) >> 90, (-(2 ** 100)) >> 90)
print((2 ** 100 + 12345) & 0xFFFF)
print((2 ** 100) | 1, (2 ** 100) ^ (2 ** 100))
print(~(2 ** 100))
print(0xFF & -256, -256 & 0xFFFF)
print(5 << 0, 5 >> 0)
print(True & False, True | False, True ^ True, ~True)
print(0b1010 ^ 0b0110, 0o17 | 0x10)
for n in range(-3, 4):
    print(n, n << 2, n >> 1, n & 3, ~n)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
