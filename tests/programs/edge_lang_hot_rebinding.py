def f(x):
    return x + 1
total = 0
for i in range(3000):
    if i == 2000:
        def f(x):
            return x * 2
    total += f(i)
print(total)
def g(v):
    return v[0]
acc = []
for i in range(3000):
    arg = [i] if i < 2500 else ({0: "d"} if i < 2999 else "s")
    acc.append(g(arg))
print(acc[2499], acc[2500], acc[-1])
def h(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
        if i == 2000:
            s = s * 1.0
    return s
print(h(3000))
def big():
    x = 1
    for i in range(3000):
        x = x * 3 if i < 100 else x // 3 + 1
    return x
print(big())
def cmp_mix():
    c = 0
    vals = list(range(2000)) + [2.5, True, 10**30, -0.0]
    for v in vals:
        if v > 1000:
            c += 1
    return c
print(cmp_mix())
def strs():
    s = ""
    for i in range(2000):
        s += str(i % 10)
    return len(s), s[-5:]
print(strs())
def listops():
    l = []
    for i in range(3000):
        l.append(i)
        if len(l) > 100:
            l.pop(0)
    return l[:3], len(l)
print(listops())
def divs():
    out = 0
    for i in range(-1500, 1500):
        out += (i // 7) + (i % 7) + (i % -5)
    return out
print(divs())
def boolint():
    t = 0
    for i in range(3000):
        t += (i % 3 == 0)
    return t, type(t).__name__
print(boolint())
def shifts():
    t = 0
    for i in range(2000):
        t ^= (1 << (i % 70))
    return t
print(shifts())
def negzero():
    x = 0.0
    for i in range(2000):
        x = -x * 1.0
    return x, str(-0.0 * 1)
print(negzero())
def overflow():
    x = 2**62
    for i in range(1500):
        x += 2**60
    return x
print(overflow())
def neg_overflow():
    x = -(2**63)
    y = 0
    for i in range(1500):
        y = -x
        x = x - 1 + 1
    return y, abs(x), x * -1, x // -1
print(neg_overflow())
def mod_float():
    s = 0.0
    for i in range(2000):
        s += (i * 0.1) % 3
    return round(s, 6)
print(mod_float())
def pow_loop():
    s = 0
    for i in range(2000):
        s += i ** 2 - (-i) ** 3 + 2 ** (i % 10) - 2 ** -1 if i % 2 else 0
    return s
print(pow_loop())
