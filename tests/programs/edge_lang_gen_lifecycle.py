def g():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("ending")
it = g()
print("created")
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(it, "sentinel"))
def ret_value():
    yield 1
    return {"k": [1, 2]}
r = ret_value()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def gen_raises_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def inner_next():
    it = iter([])
    yield next(it)
try:
    list(inner_next())
except RuntimeError as e:
    print("RuntimeError:", e)
def gen_exc_in_middle():
    yield 1
    1 / 0
    yield 2
gm = gen_exc_in_middle()
print(next(gm))
try:
    next(gm)
except ZeroDivisionError:
    print("zde")
print(list(gm))
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print(next(c), next(c), next(c), c.send("reset"), next(c))
def throw_type():
    try:
        yield
    except ValueError as e:
        yield repr(e)
t = throw_type()
next(t)
print(t.throw(ValueError))
t = throw_type()
next(t)
print(t.throw(ValueError("inst")))
def g_close_return():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
gc = g_close_return()
next(gc)
print(gc.close())
def gen_in_gen():
    for x in (y * 2 for y in range(3)):
        yield x + 1
print(list(gen_in_gen()))
def recursive_perm(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in recursive_perm(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(recursive_perm([1, 2, 3])))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib_gen()
print([next(f) for _ in range(10)])
g1 = (i for i in range(3))
print(iter(g1) is g1)
def two_gens():
    a = (i for i in range(3))
    b = (i * 10 for i in a)
    return list(b), list(a)
print(two_gens())
