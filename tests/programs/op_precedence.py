# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 / (10 / 5), 7 // 2 * 2, 7 % 4 % 3)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), ~1 + 1, -~1, not 1 == 2)
print(True or False and False, (True or False) and False, not True or True)
print(1 < 2 and 3 > 2 or 0, 5 if 0 else 6 + 1, (5 if 0 else 6) + 1)
print(3 * -2, 2 - -2, +-3, -(-(-3)), 2 * 3 ** 2, -3 ** 2 * 2)
print(1 + 2 == 3, 3 == 1 + 2, 2 * 3 > 5 == True)
print("a" + "b" * 2, ("a" + "b") * 2, [1] + [2] * 2)
print(5 & 3 | 8, 5 & (3 | 8), 1 << 2 + 1, (1 << 2) + 1, 16 >> 2 >> 1)
x = 5
print(x > 3 and x < 10, not x > 3, x > 3 > 2, -x ** 2, (-x) ** 2)
print(2 ** -1, 2 ** -1 * 4, 10 % 3 ** 2, (10 % 3) ** 2)
print(0 or 0.0 or "" or "last", 1 and 2 and 3, 1 and 0 and 3)
