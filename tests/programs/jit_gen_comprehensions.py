# List / set / dict comprehensions in hot code; any / all / min / max over generators.
def comps(n):
    sq = [i * i for i in range(n)]
    ev = [i for i in range(n) if i % 2 == 0]
    nest = [(i, j) for i in range(60) for j in range(i) if (i + j) % 7 == 0]
    st = {i % 97 for i in range(n)}
    dc = {i: i * i for i in range(n) if i % 5 == 0}
    inv = {v: k for k, v in dc.items()}
    return sum(sq), len(ev), len(nest), nest[-1], len(st), sum(st), len(dc), dc[n - n % 5 - 5], inv[100]

for n in (3000, 6000):
    print(comps(n))

# a comprehension executed many times inside a hot loop
tot = 0
for k in range(300):
    row = [k * j for j in range(20)]
    tot += sum(row) + len({v % 10 for v in row})
print(tot)

# any / all short-circuit over generators (side effects counted)
seen = [0]
def probe(x):
    seen[0] += 1
    return x

print(any(probe(x) > 4000 for x in range(10000)), seen[0])
seen[0] = 0
print(all(probe(x) < 3500 for x in range(10000)), seen[0])
seen[0] = 0
print(any(probe(x) < 0 for x in range(5000)), all(probe(x) >= 0 for x in range(5000)), seen[0])
print(min(x * x - 3000 * x for x in range(5000)), max((x % 1013, x) for x in range(5000)))
print(min((x for x in range(5000) if x > 4998), default=None), max((x for x in []), default="empty"))
print(max(x * 0.5 if x % 2 else x for x in range(5001)), min(-x if x < 3000 else -x * 1.5 for x in range(4000)))

# comprehension variables do not leak; outer name unchanged
x = "outer"
vals = [x for x in range(3000)]
print(x, vals[-1])

# sorted and dict comprehension with changing value types
d = {i: (i if i < 2500 else str(i)) for i in range(3000)}
print(sum(1 for v in d.values() if isinstance(v, str)), d[2499], repr(d[2500]))
print(sorted({i % 13: i for i in range(3000)}.items())[:4])
