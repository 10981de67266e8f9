# Seed kernel: sum of squares with `total += i ** 2` at small sizes.
def sum_squares(n):
    total = 0
    for i in range(n):
        total += i ** 2
    return total
for n in (0, 1, 10, 1000, 100000):
    print(n, sum_squares(n))
print(sum_squares(100000) == (100000 - 1) * 100000 * (2 * 100000 - 1) // 6)
total = 0
for i in range(50000):
    total += i ** 2
print(total)
