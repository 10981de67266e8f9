def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{'c': 9, 'z': 0}))
def check(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
check(f)
check(f, 1)
check(f, 1, c=1, a=2)
def g(a, b, /, c, *, d):
    return a, b, c, d
check(g, 1, 2, 3, d=4)
check(g, 1, 2, c=3, d=4)
check(g, 1, b=2, c=3, d=4)
check(g, 1, 2, 3, 4)
check(g, 1, 2, 3)
def h(x):
    return x
check(h)
check(h, 1, 2)
check(h, y=1)
check(h, 1, x=2)
def k(*, a, b):
    return a + b
check(k, 1)
check(k, a=1)
check(k)
def m(a, b, c):
    return a
check(m, 1)
check(m)
check(m, 1, 2, 3, 4)
def n(a, b=1):
    return a
check(n, 1, 2, 3)
check(n)
def noargs():
    return 0
check(noargs, 1)
check(noargs, x=1)
class C:
    def meth(self, a):
        return a
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
c = C()
check(c.meth)
check(c.meth, 1, 2)
check(C.meth, 1)
check(C.st)
check(c.cm, 1, 2)
check(lambda x, y: x, 1)

def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1)); print(defaults(2)); print(defaults(3, []))
print(f.__defaults__)
def kwonly_default(*, x=1, y):
    return x, y
check(kwonly_default, y=2)
check(kwonly_default, 2)
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3), *"ab"))
def kw_only(**kw):
    return sorted(kw)
print(kw_only(**{'a': 1}, b=2, **{'c': 3}))
