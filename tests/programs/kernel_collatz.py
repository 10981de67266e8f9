# Integer-heavy while loops: longest Collatz chain under a bound.
def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = 0
best_n = 0
for n in range(1, 10000):
    l = collatz_len(n)
    if l > best:
        best = l
        best_n = n
print(best_n, best)
print(collatz_len(27), collatz_len(97), collatz_len(871))
def digits_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(digits_sum(2 ** 1000), sum(digits_sum(i) for i in range(1000)))
