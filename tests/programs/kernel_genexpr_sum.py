# Seed kernel: sum(x * x for x in range(n)).
def gen_sum(n):
    return sum(x * x for x in range(n))
for n in (0, 1, 10, 1000, 100000):
    print(n, gen_sum(n))
print(sum(x * x for x in range(3_000_000_000, 3_000_000_100)))
print(sum(x / 2 for x in range(1000)))
print(sum(x * x for x in range(10000) if x % 2))
