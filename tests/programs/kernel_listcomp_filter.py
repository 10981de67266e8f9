# Seed kernel: [i ** 2 for i in range(n)], then filter even, then sum.
def kernel(n):
    squares = [i ** 2 for i in range(n)]
    evens = [s for s in squares if s % 2 == 0]
    return sum(evens)
for n in (0, 10, 1000, 50000):
    print(n, kernel(n))
squares = [i ** 2 for i in range(20)]
print(squares)
print(list(filter(lambda s: s % 2 == 0, squares)))
print(sum(filter(lambda s: s % 2 == 0, squares)))
print(len([i ** 2 for i in range(100000)]))
