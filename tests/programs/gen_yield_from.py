# yield from: delegation, return values, the seed's chain().
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], [3, 4], [5, 6])))
print(list(chain("ab", range(2), (None,))))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
    return "outer result"
g = outer()
for v in g:
    print("value", v)
def collect():
    r = yield from outer()
    yield r
print(list(collect()))
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5]), 6], [[[7]]]])))
def accumulator():
    total = 0
    while True:
        value = yield
        if value is None:
            return total
        total += value
def grouper(results, key):
    while True:
        results[key] = yield from accumulator()
results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
def delegate_send():
    x = yield from echo2()
    yield "final " + str(x)
def echo2():
    got = yield "first"
    got2 = yield "got " + str(got)
    return got2
d = delegate_send()
print(next(d), d.send("A"), d.send("B"))
