def outer():
    try:
        yield from [1, 2, 3]
    except ValueError:
        yield "caught in outer"
g = outer()
print(next(g), g.throw(ValueError), list(g))
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g = outer()
next(g)
g.close()
print("done")
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner GE")
        raise
def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("outer GE")
        raise
g = outer()
next(g)
g.close()
def inner():
    yield 1
    return "ret"
def outer():
    r = yield from inner()
    yield r
g = outer()
print(next(g), g.send(None), list(g))
def inner():
    x = yield 1
    print("inner received", x)
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.send("hello")
except StopIteration:
    print("stopped")
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("ret from iter")
        return self.n
def outer():
    r = yield from It()
    yield ("r", r)
print(list(outer()))
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
next(g)
try:
    g.send(5)
except StopIteration:
    print("stop")
def outer():
    yield from iter([1, 2])
g = outer()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
def gen():
    yield 1
g = gen()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("raised", e)
print(list(g))
def gen():
    try:
        yield 1
    finally:
        yield 2
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def gen():
    yield 1
g = gen()
print(g.close(), g.close())
try:
    next(g)
except StopIteration:
    print("closed gen stops")
def gen():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__)
        yield 2
g = gen()
next(g)
print(g.throw(StopIteration))
def gen():
    raise StopIteration
    yield
try:
    next(gen())
except RuntimeError as e:
    print(e)
def gen():
    yield 1
    yield 2
g = gen()
for x in g:
    print(x)
    g.close()
def gen():
    v = yield
    while True:
        v = yield v * 2
g = gen()
next(g)
print([g.send(i) for i in range(5)])
def gen():
    return (yield 1)
g = gen()
next(g)
try:
    g.send("retval")
except StopIteration as e:
    print(e.value)
def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        raise
it = g()
next(it)
try:
    next(it)
except KeyError as e:
    print("reraised", e)
def g():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")
it = g()
next(it)
try:
    it.throw(ValueError("orig"))
except TypeError as e:
    print(e, repr(e.__context__))
