# Numeric builtins in hot loops: abs, min, max, int(), float(), round, divmod, pow(a, b, m).
def run(n):
    a = m1 = m2 = iv = 0
    fv = 0.0
    rv = 0
    dm = 0
    pw = 0
    for i in range(n):
        x = i - n // 2
        a += abs(x) + abs(-x * 0.5) if i % 2 else abs(x)
        m1 += min(x, 7) + max(x, -7)
        m2 += min(i % 10, i % 7, i % 5) + max([i % 3, i % 11, 2])
        iv += int(x / 3) + int("12") + int(7.9) + int(-7.9)
        fv += float(x) / 4 + float("1.5")
        rv += round(x / 7) + round(x * 1.37, 1) * 10
        q, r = divmod(x, 9)
        dm += q * 2 + r
        pw = (pw + pow(i, 65537, 1000003) + pow(3, i % 40)) % (10 ** 12 + 39)
        if i % 1000 == 0:
            print("chk", i, a, m1, m2, iv, repr(fv), repr(rv), dm, pw)
    return a, m1, m2, iv, fv, rv, dm, pw

print(run(4000))

# round half to even and round with ndigits in a hot loop
halves = []
for i in range(-3000, 3000):
    r = round(i + 0.5)
    if i % 1000 == 0 or -3 <= i <= 3:
        halves.append(r)
print(halves)
print(round(2.675, 2), round(0.125, 2), round(-0.5), round(1.5), round(2.5), round(12345, -2), round(-12355, -1))

# pow with modulus: negative exponent (modular inverse), errors
inv = 0
for i in range(1, 3000):
    if i % 7 == 0:
        continue
    inv += pow(i, -1, 7)
print(inv, pow(3, -1, 11), pow(-2, 5, 7), pow(2, 10 ** 20, 10 ** 9 + 7))
for args in ((2, 3, 0), (7, -1, 14), (2.0, 3, 5)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# min/max with key and default in a hot loop
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
best = []
for i in range(3000):
    w = words[i % 6:] + words[:i % 6]
    best.append((min(w, key=len), max(w, key=lambda s: (len(s), s)), max([], default=i)))
print(best[0], best[-1], best[1234][2])
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(2 ** 70, 3 ** 20), abs(-2 ** 70), abs(True))
print(int("-0x1f", 16), int(" 42 "), int(3.99e10), float("inf"), float(" -1e-3 "), int(True), float(2 ** 70))
