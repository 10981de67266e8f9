# Generators driven by sum(), next(), for loops and list(): values, exceptions,
# PEP 479, re-entrancy, finalization of an abandoned generator, big-int sums.


def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(10)))
print(sum(x * x for x in range(3 * 10**6, 3 * 10**6 + 2000)))
print(sum((x * 0.5 for x in range(10)), 1.5))
print(sum((x for x in [2**70, -(2**70), 5]), 2**64))
print(sum(x for x in []))
print(sum((x for x in ["a"]), "") if False else "skip")


def fails_at(k):
    for i in range(10):
        if i == k:
            raise ValueError("bad item %d" % i)
        yield i


try:
    sum(fails_at(3))
except ValueError as e:
    print("sum raised", e)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    print(sum(stops()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def returns_value():
    yield 1
    yield 2
    return "done"


g = returns_value()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "default"))


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def with_finally(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("closed")


log = []
total = 0
for v in with_finally(log):
    total += v
    if v == 4:
        break
print(total, log)

log = []


def consume():
    g = with_finally(log)
    return sum(x for x in g if x < 3 or 1 / 0)


try:
    consume()
except ZeroDivisionError:
    print("zero division; log:", log)


def counter():
    n = 0
    while True:
        got = yield n
        n += 1 if got is None else got


c = counter()
print(next(c), c.send(10), next(c), c.send(5), next(c))
c.close()
print(list(x + 1 for x in squares(5)), [y for y in squares(4)])


def delegate():
    r = yield from returns_value()
    yield r


print(list(delegate()), sum(1 for _ in delegate()))
