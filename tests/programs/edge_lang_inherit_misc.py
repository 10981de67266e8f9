class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = D(a=1)
print(d["a"], d.get("a"))
class D(dict):
    def __missing__(self, k):
        return k * 3
d = D()
print(d["ab"], "ab" in d)
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hi", len(s))
class E(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = E(1, 2)
print(e.args, str(e), repr(e))
class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.msg = msg
try:
    raise E("boom")
except E as e:
    print(e, e.msg)
class T(tuple):
    pass
t = T((1, 2))
print(t, t[0], len(t), t + (3,))
class P:
    def __init__(self, **kw):
        self.kw = kw
class Q(P):
    def __init__(self, **kw):
        super().__init__(extra=1, **kw)
print(Q(a=2).kw)
class Base:
    def __init__(self, x):
        self.x = x
class Mixin:
    def describe(self):
        return "x=%s" % self.x
class Both(Mixin, Base):
    pass
print(Both(3).describe())
class A:
    def __init__(self):
        self.log = ["A"]
class B(A):
    pass
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
print(C().log)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f>" + super(B, self).f()
print(B().f(), A.f(B()))
