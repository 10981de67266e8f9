# Sum of squares whose accumulator passes 2**63 mid-loop (must stay exact).
def sum_squares_from(start, n):
    total = 0
    for i in range(start, start + n):
        total += i ** 2
    return total
s = sum_squares_from(3_000_000_000, 2000)
print(s, s > 2 ** 63)
total = 2 ** 63 - 1000
for i in range(100):
    total += i ** 2
print(total, total - 2 ** 63)
acc = 0
for i in range(1, 200):
    acc += i ** 20
print(acc)
print(acc.bit_length())
x = 9223372036854775000
steps = 0
while x < 9223372036854775807 + 5000:
    x += 333
    steps += 1
print(x, steps)
neg = -9223372036854775000
for i in range(10):
    neg -= 100 * i
print(neg)
prod = 1
for i in range(1, 30):
    prod *= i
print(prod)
