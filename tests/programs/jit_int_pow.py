# Hot-loop ** with small, zero and negative exponents (negative exponent gives a float).
def powers(n):
    s = 0
    f = 0.0
    for i in range(n):
        base = (i % 11) - 5
        e = i % 4
        s += base ** e
        if base != 0:
            f += base ** -(e + 1)
        if i % 700 == 0:
            print("p", i, s, repr(f))
    return s, f

print(powers(3500))

# exponent switches to negative halfway through a hot loop: int -> float result
vals = []
for i in range(4000):
    e = 2 if i < 2500 else -2
    v = ((i % 7) + 1) ** e
    if i % 500 == 0 or i == 2499 or i == 2500:
        vals.append((i, v, type(v).__name__))
print(vals)

# growing powers outgrow 64 bits mid-loop
big = 0
for i in range(3000):
    big += 3 ** (i % 60)
print("big", big)

# 0 ** negative raises ZeroDivisionError, caught mid-loop
errs = 0
msg = None
acc = 0.0
for i in range(3000):
    b = 0 if i == 2200 else (i % 5) + 1
    try:
        acc += b ** -1
    except ZeroDivisionError as exc:
        errs += 1
        msg = str(exc)
print(errs, msg, repr(acc))
print(2 ** 0, (-2) ** 3, (-2) ** -3, 2 ** -1, (-1) ** 101, 10 ** 20, 2 ** 63, (-2) ** 63)
print(pow(-3, 3), pow(2.0, 3), pow(4, 0.5), 8 ** (1 / 3))
