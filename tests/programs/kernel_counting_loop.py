# Seed kernel: counting loops (while and for) with conditions.
count = 0
for i in range(200000):
    if i % 3 == 0 or i % 5 == 0:
        count += 1
print(count)
n = 0
i = 0
while i < 100000:
    n += 1
    i += 1
print(n, i)
evens = 0
odds = 0
for k in range(12345):
    if k & 1:
        odds += 1
    else:
        evens += 1
print(evens, odds)
c = 0
for a in range(100):
    for b in range(100):
        if (a + b) % 7 == 0:
            c += 1
print(c)
def count_down(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps
print(count_down(50000))
