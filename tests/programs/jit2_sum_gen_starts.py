# sum() over generators with start values of various types, partly consumed generators.
def g(n):
    for i in range(n):
        yield i

def run(n):
    out = []
    out.append(sum((i for i in range(n)), 0.5))
    out.append(sum((i for i in range(n)), 10 ** 30))
    out.append(sum((i for i in range(n)), True))
    out.append(sum((i % 2 == 0 for i in range(n))))
    out.append(sum((i % 2 == 0 for i in range(n)), False))
    out.append(sum((float(i) for i in range(n)), 1))
    out.append(sum((i for i in range(n)), -(2 ** 63)))
    out.append(sum((i * 2 ** 62 for i in range(n))))
    out.append(sum((-i * 2 ** 62 for i in range(n)), 2 ** 127))
    out.append(sum(x for x in []))
    out.append(sum((x for x in []), 2.5))
    out.append(sum((x for x in []), 10 ** 20))
    return out

for n in (0, 1, 3000):
    print(n, run(n))

def partly(n, k):
    it = g(n)
    first = [next(it) for _ in range(k)]
    return first[-1:], sum(it), sum(it)

print(partly(3000, 1))
print(partly(3000, 2999))
print(partly(3000, 3000))

def partly_genexpr(n):
    ge = (i * i for i in range(n))
    a = next(ge)
    b = next(ge)
    return a, b, sum(ge)

print(partly_genexpr(3000))

def mixed_yield(n):
    for i in range(n):
        if i % 3 == 0:
            yield i
        elif i % 3 == 1:
            yield i + 0.5
        else:
            yield i % 2 == 0

print(sum(mixed_yield(3000)))
print(sum(mixed_yield(3000), 10 ** 25))

def bool_then_int(n):
    for i in range(n):
        yield i > 1500
    yield 2 ** 64
    yield -(2 ** 64)
    yield 0.25

print(sum(bool_then_int(3000)))

# many calls so the containing function is compiled too
def tri(m):
    return sum(j for j in range(m) if j & 1)

tot = 0
for k in range(3000):
    tot += tri(k % 50)
print(tot)
