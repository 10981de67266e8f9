# Integer edge cases at the 64-bit boundary inside hot loops and functions.
M = -2 ** 63
P = 2 ** 63 - 1

def ops(a, b):
    r = []
    try:
        r.append(a // b)
    except ZeroDivisionError:
        r.append("zd")
    try:
        r.append(a % b)
    except ZeroDivisionError:
        r.append("zm")
    r.append(a * b)
    r.append(a - b)
    r.append(a + b)
    r.append(-a)
    r.append(abs(a))
    return r

vals = [M, M + 1, P, P - 1, -1, 0, 1, 2, -2, 3]
res = None
for k in range(3000):
    a = vals[k % len(vals)]
    b = vals[(k // len(vals)) % len(vals)]
    res = ops(a, b)
    if k % 101 == 0:
        print(a, b, res)

def shifts(n):
    out = []
    for i in range(n):
        s = i % 70
        x = 1 << s
        y = -(1 << s)
        z = (P >> s) + (M >> s)
        out.append(x + y + z)
        if s in (62, 63, 64, 65):
            out.append((x, y, M >> s, P >> s, 1 << s, -1 << s))
    return out[-30:]

print(shifts(3000))

def neg_overflow(n):
    x = 0
    for i in range(n):
        x -= 2 ** 60 + i
    return x

print(neg_overflow(3000))

def mul_overflow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 if x < 2 ** 70 else x // 2 ** 40
        if i % 211 == 0:
            out.append(x)
    return out

print(mul_overflow(3000))

def abs_min(n):
    t = 0
    for i in range(n):
        v = M if i % 2 else -P
        t += abs(v) - P
        t += -v - P
    return t

print(abs_min(3000))

def divmod_edges(n):
    out = 0
    for i in range(n):
        a = M + i
        out += a // -1 + a % -1
        out ^= a // 7
    return out

print(divmod_edges(3000))
