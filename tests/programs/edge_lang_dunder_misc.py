class Base:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
class Derived(Base):
    @Base.x.setter
    def x(self, v): self._x = v * 2
d = Derived()
d.x = 5
print(d.x)
class A:
    def __add__(self, o): return NotImplemented
try:
    A() + A()
except TypeError as e:
    print(e)
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return V(self.v + o)
v = V(1)
v += 2
print(v.v)
class A:
    __iter__ = None
try:
    iter(A())
except TypeError as e:
    print(e)
def deco(cls):
    orig = cls.greet
    def greet(self):
        return orig(self).upper()
    cls.greet = greet
    return cls
@deco
class P:
    def greet(self):
        return "hi"
print(P().greet())
class A:
    def method(self):
        return __class__.__name__
class B(A): pass
print(B().method())
class Outer:
    def make(self):
        class Inner:
            def who(inner_self):
                return type(self).__name__ + ">" + type(inner_self).__name__
        return Inner()
print(Outer().make().who())
class A:
    x = 1
    class B:
        y = 2
        def get(self):
            try:
                return x
            except NameError as e:
                return "NameError"
print(A.B().get(), A.B.y)
class C:
    def __init__(self):
        self.items = {}
    def __getitem__(self, k):
        return self.items.get(k, 0)
    def __setitem__(self, k, v):
        self.items[k] = v
c = C()
c["a"] += 1
c["a"] += 1
c["b"] -= 1
print(c.items)
class A:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(A()), len(A()))
class N:
    def __index__(self): return 2
print([1, 2, 3][N()], "abc"[N()], range(10)[N()], [1, 2, 3][:N()])
class A:
    def __str__(self): return "A!"
print("%s|%5s|%-5s|" % (A(), A(), A()), str(A()).center(7, "*"))
class R:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(R())))
class L:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(L())), list(L()))
class E:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): return False
    def __call__(self): return "called"
with E() as e:
    print(e())
class A:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
a = A()
print(-a, +a, ~a, abs(a))
class A:
    def __contains__(self, x): return x > 5
print(6 in A(), 3 in A(), [6 in A() for _ in range(2)])
class A:
    def __init__(self): self.v = []
    def __ior__(self, o): self.v.append(("or", o)); return self
    def __iand__(self, o): self.v.append(("and", o)); return self
    def __ixor__(self, o): self.v.append(("xor", o)); return self
    def __ilshift__(self, o): self.v.append(("lsh", o)); return self
    def __imul__(self, o): self.v.append(("mul", o)); return self
    def __ifloordiv__(self, o): self.v.append(("fd", o)); return self
    def __imod__(self, o): self.v.append(("mod", o)); return self
    def __ipow__(self, o): self.v.append(("pow", o)); return self
    def __itruediv__(self, o): self.v.append(("td", o)); return self
a = A()
a |= 1; a &= 2; a ^= 3; a <<= 4; a *= 5; a //= 6; a %= 7; a **= 8; a /= 9
print(a.v)
