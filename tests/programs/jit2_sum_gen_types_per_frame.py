# One generator code consumed by sum() from frames whose locals have different types
# (the reduction compiled for the first frame's types meets other types later).
def gen(n, step):
    x = step
    for i in range(n):
        x = x + step
        yield x

for step in (1, 0.5, 2 ** 70, True, 3, -0.25, 2 ** 62):
    g = gen(3000, step)
    next(g)
    print(repr(sum(g)), repr(sum(gen(100, step))))

def gexpr(vals):
    return sum(v * 2 for v in vals)

for vals in ([1, 2, 3] * 1000, [0.5] * 3000, [2 ** 64] * 3000, [True, False] * 1500, list(range(3000)), [1] * 2999 + [0.5]):
    print(repr(gexpr(vals)))
