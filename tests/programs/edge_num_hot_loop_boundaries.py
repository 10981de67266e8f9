# hot loops crossing numeric boundaries
def f1(n):
    acc = 0
    for i in range(n):
        acc += i * i * i * i
    return acc
print(f1(30000))
def f2(n):
    x = 1
    for i in range(n):
        x = (x << 1) | (i & 1)
    return x.bit_length(), x % 1000003
print(f2(200))
def f3(n):
    s = 0
    for i in range(-n, n):
        s += i // 7 + i % 7 + (-i) // 3 - (i % -5)
    return s
print(f3(20000))
def f4(n):
    t = 0.0
    for i in range(1, n):
        t += 1 / i if i % 2 else -1 / i
    return t
print(f4(30000))
def f5(n):
    c = 0
    big = 2**53
    for i in range(n):
        if big + i == float(big + i):
            c += 1
    return c
print(f5(1000))
def f6(n):
    acc = True
    total = 0
    for i in range(n):
        acc = not acc
        total += acc
        total += (i > 500)
    return total
print(f6(2000))
def f7(n):
    x = 9223372036854775807 - n // 2
    out = []
    for i in range(n):
        x += 1
        out.append(x)
    return out[-1], out[n // 2 - 1], out[n // 2], type(out[-1]).__name__
print(f7(1000))
def f8(n):
    x = -9223372036854775808 + 5
    for i in range(n):
        x -= 1
        x *= 1
    return x
print(f8(100))
def f9(n):
    r = 0
    for i in range(n):
        r ^= (i * 2654435761) & 0xFFFFFFFF
        r = (r * 31) % (2**61 - 1)
    return r
print(f9(20000))
def f10(vals):
    m = 0
    for v in vals:
        m = max(m, abs(v))
    return m
print(f10([1, -5, 2.5, -10**20, 3]))
def f11(n):
    s = 0
    for i in range(n):
        s += round(i / 3) + int(i / 7) + (i ** 2) % 11
    return s
print(f11(30000))
def f12(n):
    x = 3
    for i in range(n):
        x = x * x % 1000000007
    return x
print(f12(30000))
def f13(n):
    acc = 0
    for i in range(n):
        acc = acc * 3 + 1
        if acc > 10**30:
            acc //= 10**20
    return acc
print(f13(10000))
def f14(n):
    x = 0.1
    for i in range(n):
        x = x * 1.5 if x < 1e300 else x / 1e300
    return x
print(f14(5000))
