# Infinite generators stopped with break, plus islice-like helpers.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
for n in naturals():
    if n * n > 50:
        print("stop at", n)
        break
def take(k, it):
    out = []
    for v in it:
        if len(out) >= k:
            break
        out.append(v)
    return out
print(take(5, naturals(10)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def cycle(seq):
    while True:
        for s in seq:
            yield s
print(take(7, cycle("ab")))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))
count = 0
for p in primes():
    if p > 200:
        break
    count += 1
print(count)
