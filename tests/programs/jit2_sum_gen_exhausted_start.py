# sum() with start values of every kind over generators that are already exhausted
# but still suspended inside their loop (after a reduction for the code exists).
def g(n):
    for i in range(n):
        yield i

warm = g(3000)
next(warm)
print(sum(warm))

for start in (True, False, 0, 2 ** 70, -0.0, 0.5):
    gen = g(3)
    next(gen); next(gen); next(gen)
    print(repr(sum(gen, start)))
print(repr(sum((i for i in range(0)), True)))
