# Nested loops over lists: matrix multiply, prime sieve, pairwise sums.
n = 30
a = [[i + j for j in range(n)] for i in range(n)]
b = [[i - j for j in range(n)] for i in range(n)]
c = [[0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        s = 0
        for k in range(n):
            s += a[i][k] * b[k][j]
        c[i][j] = s
print(c[0][:5], c[n - 1][-3:], sum(sum(row) for row in c))
limit = 20000
sieve = [True] * (limit + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= limit:
    if sieve[p]:
        for m in range(p * p, limit + 1, p):
            sieve[m] = False
    p += 1
primes = [i for i in range(limit + 1) if sieve[i]]
print(len(primes), primes[:10], primes[-3:], sum(primes))
vals = list(range(300))
pairs = 0
for i in range(len(vals)):
    for j in range(i + 1, len(vals)):
        if (vals[i] + vals[j]) % 11 == 0:
            pairs += 1
print(pairs)
