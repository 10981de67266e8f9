# Natively computed values (bool, int, wide int, float) formatted by interpreted code.
def fmt(n):
    out = []
    acc = 0
    wide = 2 ** 62
    f = 0.0
    for i in range(n):
        b = i % 3 == 0
        nb = not b
        acc += i
        wide += 2 ** 62
        f -= 0.0
        g = i * -0.0
        m = min(b, nb)
        if i % 750 == 0 or i == n - 1:
            out.append(f"{b} {nb} {m} {acc} {wide} {f} {g} {b:d} {acc:,} {i/7:.3f} {wide:x}")
            out.append("%s %r %d %5.2f %s" % (b, nb, b, acc / 3, type(wide).__name__))
            out.append(str(b) + repr(nb) + str(wide - 2 ** 62 * (i + 2)) + str(g))
    return out

for line in fmt(3000):
    print(line)

def tuples(n):
    a, b = 0, 1
    out = []
    for i in range(n):
        a, b = b, a + b
        if i % 40 == 0:
            out.append((a % 1000, len(str(b))))
    return out[-5:], a > 2 ** 127, b.bit_length()

print(tuples(400))
print(tuples(60))

def swap_types(n):
    p, q = 1, 0.5
    for i in range(n):
        p, q = q, p
    return p, q, type(p).__name__

print(swap_types(3000), swap_types(3001))

def bools_in_containers(n):
    d = {}
    s = set()
    lst = []
    for i in range(n):
        b = i % 2 == 0
        c = i > n // 2
        d[b] = d.get(b, 0) + 1
        s.add(c)
        if i % 1000 == 0:
            lst.append((b, c, b + c, b and c, b or c))
    return d, sorted(s), lst, {True: "t", 1: "one"}

print(bools_in_containers(3000))
