class A:
    def f(self):
        return 1
a = A()
m = a.f
print(m(), m.__self__ is a, m.__func__ is A.f, A.f(a))
a.f = lambda: 2
print(a.f(), A.f(a))
A.g = lambda self: "g"
print(a.g())
del a.f
print(a.f())
def ext(self, x):
    return x * 2
A.ext = ext
print(a.ext(4))
print(getattr(a, "missing", "dflt"), hasattr(A, "f"))
setattr(A, "h", staticmethod(lambda: "static h"))
print(a.h(), A.h())
b1 = a.f
b2 = a.f
print(b1 == b2, b1 is b2)
