# int/float mixing in hot loops: promotion, true division of ints, int(float), float(int).
def promote(n):
    acc = 0
    for i in range(n):
        if i == n // 2:
            acc += 0.5
        acc += i
        if i % 1000 == 0:
            print("acc", i, repr(acc), type(acc).__name__)
    return acc

print(repr(promote(5000)))

# int / int always gives a float
q = 0.0
for i in range(1, 4000):
    q += (i * 3) / i + i / 7
print(repr(q))

# float * int, int - float, mixed comparisons
m = 0
f = 0.0
for i in range(4000):
    f = f + i * 0.5 - (i // 2)
    if f > i * 0.25:
        m += 1
print(m, repr(f))

# conversions back and forth in a hot loop
total = 0
for i in range(3000):
    x = i * 1.75
    total += int(x) + int(-x) + round(x) + int(float(i) / 3)
print(total)

# big int to float: exact for 2**60, rounded for larger, OverflowError for huge
vals = []
for i in range(3000):
    n = 2 ** 60 + i
    try:
        v = n * 1.0 if i < 2800 else (10 ** 400 + i) * 1.0
    except OverflowError as e:
        vals.append(str(e))
        continue
    if i % 1000 == 0:
        vals.append(repr(v))
print(vals[:3], len(vals), vals[-1])
print(repr(2 ** 53 + 1.0), repr(float(2 ** 53 + 1)), repr((2 ** 64) / 3), repr(10 ** 30 / 10 ** 10))
print(repr(7 / 2), repr(-7 / 2), repr(1 + 2.0), repr(True + 1.5), repr(3 * 1.1))
