base = 2**64 + 2**63
tricky = [base + 4096 + 1025, -(base + 4096 + 1025), 2**64 + 1, 2**100 + 2**47 + 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**63 + 1025, (2**63 - 1) * 2 + 1]
res = []
for rep in range(400):
    for v in tricky:
        f = float(v)
        g = v + 0.0
        h = v * 1.0
        k = v / 1
        c = (v == f, v < f, v > f, v - 1 < f, v + 1 > f)
        if rep == 399:
            res.append((repr(f), repr(g), repr(h), repr(k), c))
for r in res:
    print(r)
# int128 accumulators converted to float
acc = 2**64
for i in range(3000):
    acc += 2**63 + 1025 if i % 2 else 4096
out = []
for i in range(2000):
    out.append(float(acc + i))
print(repr(out[0]), repr(out[1025]), repr(out[-1]))
# true division of large ints in hot loop
q = []
for i in range(1, 2000):
    q.append((2**64 + i) / (2**33 + 7))
    q.append((2**63 - i) / 3)
    q.append(-(2**62 + i) / (i * 2 + 1))
    q.append((10**30 + i) / 10**12)
print(repr(q[0]), repr(q[1]), repr(q[2]), repr(q[3]), repr(q[-4]), repr(q[-3]), repr(q[-2]), repr(q[-1]))
# compare int vs float edges in compiled code
cmpres = []
for i in range(1500):
    v = 2**63 - 1 + (i % 3)
    cmpres.append((v < 9.223372036854775808e18, v == 9.223372036854775808e18, v > 9.223372036854775807e18))
print(cmpres[:3])
w = []
for i in range(1500):
    v = 2**53 + 1 + 2 * (i % 3)
    w.append((v == float(v), v < float(v), float(v) < v, repr(float(v))))
print(w[:3])
# int // float, int % float, with big ints and negative
t = []
for i in range(1, 1500):
    t.append(((2**64 + i) // 3.0, (2**64 + i) % 3.0, (-i) // 0.3, (-i) % 0.3, i // -2.5, divmod(-i, 2.5)))
print(t[:2], t[-2:])
