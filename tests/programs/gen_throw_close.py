# throw() and close() on generators; finally blocks in generators.
def worker():
    try:
        while True:
            try:
                x = yield
                print("processing", x)
            except ValueError as e:
                print("handled ValueError:", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad value"))
w.send(2)
w.close()
print("closed")
def gen():
    yield 1
    yield 2
g = gen()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
print(next(g, "done"))
def resists():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
r = resists()
next(r)
r.close()
r.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        yield "recovered"
t = returns_on_throw()
next(t)
print(t.throw(ValueError))
c = gen()
c.close()
print(list(c))
