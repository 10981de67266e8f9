# Regressions from the JIT's first runs: an iterator shared with a global keeps its
# position when a compiled loop breaks out of it; range() + iter fused inside hot
# comprehensions; sum() over generators reduced natively, with every way to leave.
it = iter(range(10000))
for v in it:
    if v == 5000:
        break
print(next(it), len(list(it)))

def positions(n):
    it = iter(range(n))
    seen = 0
    for v in it:
        seen += v
        if v == n // 2:
            break
    return seen, next(it, None)
print(positions(4000), positions(3))

nested = {k: sum(i * i for i in range(k)) for k in range(0, 3000, 500)}
print(nested)

def floats(n):
    for i in range(n):
        yield i * 0.5
print(sum(floats(5000)), sum(floats(5000), 10), sum(x / 3 for x in range(4000)))

def ints_then_floats(n):
    for i in range(n):
        yield i if i < n // 2 else float(i)
print(sum(ints_then_floats(4000)))

g = (i * i for i in range(6000))
first = [next(g) for _ in range(10)]
print(first[-1], sum(g))

def raising(n):
    for i in range(n):
        if i == 3500:
            raise ValueError("bad item", i)
        yield i
try:
    sum(raising(5000))
except ValueError as e:
    print("caught", e.args)

def recovering(n):
    for i in range(n):
        try:
            if i % 1000 == 999:
                raise KeyError(i)
            yield i
        except KeyError:
            yield -1
print(sum(recovering(5000)))

big = sum(x * x * x for x in range(100000))
print(big, sum(10 ** 20 + x for x in range(3000)))
print(sum((x for x in range(5000) if x % 3 == 0), start=-7))
