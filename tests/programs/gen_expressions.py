# Generator expressions: laziness, sum/min/max/any/all, single use.
n = 1000
print(sum(x * x for x in range(n)))
print(sum(x for x in range(10) if x % 3 == 0))
g = (c.upper() for c in "abc")
print(next(g), list(g), list(g))
log = []
def noisy(v):
    log.append(v)
    return v
lazy = (noisy(v) for v in range(5))
print(log)
print(next(lazy), log)
print(any(noisy(v) > 1 for v in range(10)), log)
print(all(v < 3 for v in range(10)), min(x % 7 for x in range(20)), max((x for x in []), default="none"))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(x for x in "xyz"), set(x % 2 for x in range(5)))
print(" ".join(str(i) for i in range(5)))
total = sum(1 for line in "a\nb\nc".split("\n") if line)
print(total)
