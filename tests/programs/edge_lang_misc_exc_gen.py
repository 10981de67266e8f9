t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
def gen():
    yield 1
print(gen.__name__, gen().__qualname__)
class B:
    def m(self): return "B"
class C(B):
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    print(C().m())
except RuntimeError as e:
    print("RuntimeError:", e)
class B:
    @staticmethod
    def s(): return "s"
class C(B):
    @staticmethod
    def s():
        return super().s()
try:
    C.s()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    except TypeError as e:
        print(repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
def f():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g = f()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)
def f():
    yield 1
g = f()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GE propagated")
def f():
    while True:
        try:
            yield
        except ValueError:
            print("v")
g = f()
next(g)
g.throw(ValueError)
g.throw(ValueError("x"))
try:
    g.throw(TypeError, TypeError("y"), None)
except TypeError as e:
    print("T", e)
def g():
    yield 1
x = g()
print(list(x), list(x))
def g():
    return
    yield
print(list(g()))
def g():
    x = yield
    yield x * 2
it = g()
next(it)
print(it.send(21))
def sub():
    yield 1
    return 2
def main():
    x = yield from sub()
    print("x", x)
print(list(main()))
def f():
    yield from 5
try:
    list(f())
except TypeError as e:
    print(e)
try:
    raise KeyError
except (ValueError, KeyError) as e:
    print(type(e).__name__)
try:
    raise ValueError
except Exception:
    print("ex")
except ValueError:
    print("never")
errs = (KeyError, IndexError)
try:
    [][1]
except errs as e:
    print("caught", e)
class E(Exception):
    def __init__(self):
        super().__init__("fixed")
try:
    raise E
except E as e:
    print(e, e.args)
try:
    raise ValueError("a") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
