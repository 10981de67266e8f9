cases = [
    [2**53, 1, 1, 1.0],
    [1.0, 2**53, 1],
    [0.1] * 10,
    [1e100, 1.0, -1e100],
    [True, 2, 3.5],
    [2**63 - 1, 1, 0.5],
    [-2**63, -1, 0.5],
    [2**64, -2**64, 0.1],
    [1.0, float('inf'), -float('inf')],
    [-0.0, -0.0],
    [],
    [False, False],
]
out = []
for rep in range(300):
    for c in cases:
        out.append(repr(sum(c)))
        out.append(repr(sum(c, 0.0)))
        out.append(repr(sum(c, -0.0)))
        out.append(repr(sum(c, 2**62)))
print(out[:len(cases) * 4])
print(len(set(out)))
# hot loops doing the same as sum by hand
def manual(c, start):
    t = start
    for x in c:
        t += x
    return t
o2 = []
for rep in range(300):
    for c in cases:
        o2.append(repr(manual(c, 0)))
print(o2[:len(cases)])
# sum over generator of mixed
for i in range(1200):
    s = sum(x if x % 3 else x + 0.5 for x in range(i % 7))
    t = sum(range(2**62, 2**62 + 5))
    u = sum([2**62] * 5, -2**64)
print(repr(s), t, u)
acc = 0
for i in range(3000):
    acc = sum((acc, i, 0.5 if i == 2000 else 0))
print(repr(acc))
