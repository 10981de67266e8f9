class A:
    k = 1
    def m(self):
        return 1
a = A()
s = 0
for i in range(3000):
    s += a.k + a.m()
    if i == 1200:
        A.k = 2.5
    if i == 1500:
        a.k = 10
    if i == 1800:
        del a.k
    if i == 2000:
        A.m = lambda self: 100
    if i == 2200:
        a.m = lambda: -1
    if i == 2500:
        del a.m
print(s)
class B(A):
    pass
b = B()
t = 0
for i in range(3000):
    t += b.k + b.m()
    if i == 1300:
        B.k = 7
    if i == 1600:
        A.m = lambda self: 0
    if i == 1900:
        del B.k
    if i == 2100:
        B.__bases__  # touch
print(t)
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v + 1
p = P()
u = 0
for i in range(2500):
    p._v = i
    u += p.v
    if i == 1500:
        P.v = property(lambda self: -self._v)
print(u)
class C:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
c = C(1)
w = 0
for i in range(2500):
    c.x = c.x + 1 if i < 2000 else c.x * 1.5
    try:
        w += c.y
    except AttributeError as e:
        if i % 1000 == 0:
            print("AE", e)
    if i == 2300:
        c.y = 5
print(w, c.x)
# instance dict grows mid-loop
class D:
    pass
objs = [D() for _ in range(10)]
for o in objs:
    o.a = 1
z = 0
for i in range(3000):
    o = objs[i % 10]
    z += o.a
    if i == 1500:
        for oo in objs[:5]:
            oo.b = 2
            oo.a = 2.0
print(z)
