# Hot-loop float arithmetic and comparisons; results printed with repr (exact digits).
def series(n):
    s = 0.0
    p = 1.0
    alt = 0.0
    for i in range(1, n):
        s += 1.0 / (i * i)
        p *= 1.0 + 1.0 / (i * 1000.0)
        alt += (-1.0) ** i / (2 * i + 1)
        if i % 1000 == 0:
            print("f", i, repr(s), repr(p), repr(alt))
    return s, p, alt

print(series(4001))

# comparisons between floats in a hot loop
x = 0.1
lt = eq = gt = 0
for i in range(5000):
    y = i * 0.001
    if y < x:
        lt += 1
    elif y == x:
        eq += 1
    else:
        gt += 1
    x = x + 1e-4 if i % 2 else x
print(lt, eq, gt, repr(x))

# accumulate tiny and huge values; catastrophic cancellation kept exact by repr
acc = 1e16
for i in range(3000):
    acc += 1.0
    acc -= 0.5
print(repr(acc))

# unary minus, abs and -0.0 in a hot loop
z = 0.0
neg_zero = 0
for i in range(3000):
    z = -z
    if str(z) == "-0.0":
        neg_zero += 1
print(neg_zero, repr(z), repr(-z), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0))
h = 0.0
for i in range(3000):
    h = h * 0.999 + (i % 17) * 0.25 - 2.0
print(repr(h), repr(h * 1e300), repr(h * 1e300 * 1e300), repr(1e308 * 10))
print(repr(0.1 + 0.2), repr(1 / 3), repr(2.0 ** 0.5), repr(1e-320 / 10), repr(5e-324 / 2))
