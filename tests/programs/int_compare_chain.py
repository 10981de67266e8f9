# Integer comparisons, including big ints and chains.
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, c > b >= 2)
print(1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
big = 2 ** 64
print(big > 2 ** 63, big < big + 1, -big < 0, -big < -big + 1)
print(big == 18446744073709551616, big != 18446744073709551616)
print(max(big, 5, -big), min(big, 5, -big))
print(sorted([big, -big, 0, 1, -1, 2 ** 63, -(2 ** 63)]))
print(10 ** 30 > 10 ** 29 > 10 ** 28)
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x > 0)
print((1 < 2) + (3 < 4))
