class A:
    x = 1
a = A()
a.x += 1
print(a.x, A.x)
class A:
    def __init__(self): self.l = []
    def __iadd__(self, o): self.l.append(o); return self
class B:
    a = A()
b = B()
b.a += 5
print(B.a.l)
def f():
    return f.counter
f.counter = 3
print(f())
def f(): pass
print(f.__module__, f.__defaults__, f.__doc__)
class A:
    "doc string"
print(A.__doc__)
x = 5
def f():
    return [x for x in range(x)]
print(f())
def f():
    x = 5
    class C:
        y = [x for _ in range(2)]
    return C.y
print(f())
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(f())
def f():
    class C:
        global gg
        gg = 7
    return gg
print(f(), gg)
class C:
    def m(self):
        return __class__
print(C().m().__name__)
class C:
    def m(self):
        return super()
print(type(C().m()).__name__)
class B:
    def m(self): return "B"
class C(B):
    def m(self):
        f = lambda: super().m()
        return f()
try:
    print(C().m())
except RuntimeError as e:
    print("RuntimeError:", e)
class A:
    def __init__(self):
        self.x = 1
    def __eq__(self, o):
        return self.x == o.x
print(A() == A(), A() in [A()], [A()].count(A()))
class A:
    pass
a = A()
print(a == a, a != a, a is a, (a,) == (a,))
def f(x, y):
    return x + y
print(f(y=1, x=2), f(*(1,), **{"y": 3}))
def f(**kw):
    kw["z"] = 1
    return kw
d = {"a": 1}
print(f(**d), d)
def f(*args):
    return args
t = (1, 2)
print(f(*t) is t, f(*t) == t)
def f(a, *, b=1):
    return a, b
print(f(1), f(a=2, b=3))
def f(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(f(1), f(2))
fs = {}
for name in ["a", "b"]:
    def h(name=name):
        return name.upper()
    fs[name] = h
print(fs["a"](), fs["b"]())
def make():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = make()
s(5)
print(g())
g2, s2 = make()
print(g2(), g())
def outer():
    vals = []
    for i in range(3):
        def inner():
            return i
        vals.append(inner)
    i = 100
    return [v() for v in vals]
print(outer())
print((lambda x: (lambda y: x + y))(1)(2))
x = 1
def f():
    x = 2
    def g():
        global x
        return x
    return g()
print(f())
def f():
    try:
        return 1
    finally:
        print("fin")
x = f()
print(x)
class E(Exception):
    pass
e = E(1, 2)
print(str(e), repr(e), e.args)
e = Exception("x")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, e.__cause__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(OverflowError, ArithmeticError), issubclass(AssertionError, Exception))
print(ValueError.__name__, ValueError.__mro__[1].__name__, len(KeyError.__mro__))
