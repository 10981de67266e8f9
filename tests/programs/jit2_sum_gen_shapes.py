# sum() over generators of unusual shapes: nested loops, two yields per iteration,
# yield expressions whose value is used, side effects, resumption after sum() fails.
def nested(n, m):
    for i in range(n):
        for j in range(m):
            yield i * j

print(sum(nested(60, 60)), sum(nested(3000, 2)), sum(nested(2, 3000)))

def nested_partial(n, m):
    g = nested(n, m)
    first = [next(g) for _ in range(m + 7)]
    return first[-3:], sum(g)

print(nested_partial(100, 50))

def two_yields(n):
    for i in range(n):
        yield i
        yield -2 * i + 1

print(sum(two_yields(3000)))
g2 = two_yields(3000)
next(g2)
print(sum(g2))
g3 = two_yields(3000)
next(g3)
next(g3)
next(g3)
print(sum(g3, 0.5))

def uses_sent(n):
    k = 0
    for i in range(n):
        got = yield i
        if got is None:
            k += 1
        else:
            k += got
    yield k * 1000

print(sum(uses_sent(3000)))

def sender(n):
    g = uses_sent(n)
    tot = next(g)
    for i in range(100):
        tot += g.send(5)
    return tot + sum(g)

print(sender(3000))

side = []
def side_effects(n):
    c = 0
    for i in range(n):
        c += 1
        if i % 700 == 0:
            side.append(c)
        yield c

print(sum(side_effects(3000)), side)

def strings_inside(n):
    for i in range(n):
        if i == 2200:
            yield "oops"
        else:
            yield i

gs = strings_inside(3000)
try:
    sum(gs)
except TypeError as e:
    print("TypeError", e)
print(next(gs), next(gs), sum(gs))

def while_gen(n):
    i = 0
    while True:
        i += 1
        if i > n:
            return
        yield i * 0.5

print(sum(while_gen(3000)))
wg = while_gen(3000)
print(next(wg), sum(wg, 10 ** 20))

def yield_in_try(n):
    for i in range(n):
        try:
            if i % 1000 == 999:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield -e.args[0]

print(sum(yield_in_try(3000)))

def big_into_float(n):
    for i in range(n):
        yield 10 ** 30 if i == 2000 else i

print(sum(big_into_float(3000), 0.0))

def huge_into_float(n):
    for i in range(n):
        yield 10 ** 400 if i == 2000 else i

try:
    print(sum(huge_into_float(3000), 0.0))
except OverflowError as e:
    print("OverflowError", e)

def gen_sum_of_gen(n):
    return sum(sum(j for j in range(i % 7)) for i in range(n))

print(gen_sum_of_gen(3000))

def inner_yield_from(n):
    yield from range(n)
    for i in range(n):
        yield i

print(sum(inner_yield_from(3000)))
