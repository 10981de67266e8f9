# The same compiled loop re-entered with iterators of other kinds (list, tuple,
# range, generator, list subclass, dict, str) and element types.
class MyList(list):
    pass

def total(seq):
    t = 0
    n = 0
    for x in seq:
        t += x
        n += 1
    return t, n

def gen(n):
    for i in range(n):
        yield i

inputs = [
    list(range(3000)),
    tuple(range(3000)),
    range(3000),
    gen(3000),
    MyList(range(3000)),
    {i: None for i in range(3000)},
    [i * 0.5 for i in range(3000)],
    [True] * 3000,
    [2 ** 64] * 3000,
    list(range(3000)),
    range(10 ** 19, 10 ** 19 + 3000),
    iter(list(range(3000))),
    reversed(list(range(3000))),
]
for k, seq in enumerate(inputs):
    print(k, total(seq))

def total_str(seq):
    out = []
    for ch in seq:
        out.append(ch)
    return len(out)

print(total_str("abc" * 1000), total_str(list("abc" * 1000)), total_str("xy" * 1500))
