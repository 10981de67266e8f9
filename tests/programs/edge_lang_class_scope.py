# class body scoping rules
x = "module"
class A:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().m(), A.z, A.w)
class B:
    vals = [1, 2, 3]
    total = sum(vals)
    first = vals[0]
    sq = [v * v for v in vals]
    try:
        bad = [v * first for v in vals]
    except NameError as e:
        err = str(e)
print(B.total, B.first, B.sq, B.err)
def f():
    a = 1
    class C:
        a = 2
        def get(self):
            return a
        b = a
    return C().get(), C.b, C.a
print(f())
def g():
    v = "enclosing"
    class D:
        print("in body", v)
        v = "classvar"
        print("after", v)
    return D.v
try:
    print(g())
except NameError as e:
    print("NameError", e)
def g2():
    v = "enclosing"
    class D:
        w = v
    return D.w
print(g2())
class F:
    count = 0
    def __init__(self):
        F.count += 1
        self.count = -1
F(); F(); f3 = F()
print(F.count, f3.count)
class G:
    items = []
    def add(self, v):
        self.items.append(v)
g1, g2 = G(), G()
g1.add(1); g2.add(2)
print(G.items, g1.items is g2.items)
class H:
    n = 3
    names = {k: k * 2 for k in range(2)}
print(H.names)
