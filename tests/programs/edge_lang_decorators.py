import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, sorted(k.items()))
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=1):
    "adds"
    return a + b
add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(2))
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
def d1(fn):
    print("applying d1")
    return lambda: "d1(" + fn() + ")"
def d2(fn):
    print("applying d2")
    return lambda: "d2(" + fn() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
def method_deco(fn):
    def w(self, *a):
        return "wrapped " + fn(self, *a)
    return w
class M:
    @method_deco
    def greet(self, who):
        return "hello " + who
    @staticmethod
    @trace
    def st(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls.__name__
print(M().greet("you"), M.st(4), M.make())
def deco_with_state():
    calls = []
    def deco(fn):
        def w(*a):
            calls.append(a)
            return fn(*a)
        w.calls = calls
        return w
    return deco
@deco_with_state()
def noop(*a):
    return len(a)
noop(1); noop(1, 2)
print(noop.calls)
dec = lambda f: (lambda *a: f(*a) * 10)
@dec
def one():
    return 1
print(one())
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
f = lambda: (yield)
print(type(f()).__name__)
print(list(map(lambda x: x ** 2, range(4))), list(filter(lambda s: s, ["", "a", None, "b"])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: lambda: 42)()())
print(add.__name__, base.__name__, (lambda: 0).__name__)
