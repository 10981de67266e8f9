# Floor division and modulo with negative operands (floor semantics).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (1, -5), (-1, -5), (6, 3), (-6, 3), (6, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 2 ** 70 + 5
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big), (7, -big)]:
    print(a // b, a % b)
print(-9223372036854775808 // -1)
print(-9223372036854775808 % -1)
print(-9223372036854775808 // 2, -9223372036854775808 % 3)
print((-17) // 5 * 5 + (-17) % 5)
