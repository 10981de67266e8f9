# Range loops compiled in chunks of iterations (Ctrl-C is polled at a chunk's end):
# trip counts around the chunk size, steps of every sign and size, ranges at the
# 64-bit edges, break/continue, nested loops, and an iterator advanced by the body.


def count(start, stop, step):
    n = 0
    last = None
    for i in range(start, stop, step):
        n += 1
        last = i
    return n, last


for trips in (0, 1, 2, 1023, 1024, 1025, 2047, 2048, 2049, 5000):
    print(trips, count(0, trips, 1), count(trips, 0, -1))

for step in (2, 3, 7, 1000, 1024, 4096, 10 ** 9, 2 ** 62):
    print(step, count(-5000, 5000, step), count(5000, -5000, -step))
    print(step, count(2 ** 63 - 5000, 2 ** 63 - 1, step), count(-(2 ** 63) + 5000, -(2 ** 63), -step))

print(count(-(2 ** 63), -(2 ** 63) + 3000, 1))
print(count(2 ** 63 - 3000, 2 ** 63 - 1, 1))
print(count(-(2 ** 63), 2 ** 63 - 1, 2 ** 61))
print(count(2 ** 63 - 1, -(2 ** 63), -(2 ** 61)))


def with_break(limit):
    total = 0
    for i in range(10 ** 12):
        if i == limit:
            break
        if i % 3 == 0:
            continue
        total += i
    return total


for limit in (0, 1, 1024, 1025, 3000, 4097):
    print("break", limit, with_break(limit))


def nested(a, b):
    total = 0
    for i in range(a):
        for j in range(i, b, 3):
            total += i * j
    return total


print("nested", nested(40, 2000), nested(3000, 5))


def skipping(n):
    it = iter(range(n))
    seen = 0
    for i in it:
        seen += i
        if i % 500 == 0:
            next(it, None)
    return seen


print("skipping", skipping(1), skipping(1024), skipping(5000))

# A module-level loop (promoted globals) across many chunks.
acc = 0
for k in range(3 * 1024 + 5):
    acc += k * k
print("module", acc)

# A step read from a variable: the loop tests its direction at each iteration.
def by(step):
    s = 0
    for i in range(0, 3000 * step, step):
        s += i
    return s


print("by", by(1), by(5), by(-1))
