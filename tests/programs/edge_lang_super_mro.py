class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.__init__")
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        print("D.__init__")
        super().__init__()
d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])

print(D.__bases__ == (B, C), D.__name__)
print(isinstance(d, A), issubclass(D, C), issubclass(C, B), issubclass(D, (int, A)))
class E(D):
    def who(self):
        return super(D, self).who()
print(E().who())
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    @staticmethod
    def util(x):
        return x * 2
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived->" + super().create()
print(Derived.create(), Derived().create(), Derived.util(4), Derived().util(5))
class P:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, nv):
        if nv < 0:
            raise ValueError("negative")
        self._v = nv
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
p = P(3)
print(p.v)
p.v = 10
print(p.v)
try:
    p.v = -1
except ValueError as e:
    print("ValueError:", e)
del p.v
try:
    p.v
except AttributeError as e:
    print("AttributeError:", e)
class RO:
    @property
    def x(self):
        return 1
r = RO()
try:
    r.x = 5
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    @property
    def v(self):
        return "Q" + str(super().v)
print(Q(4).v)
class Init:
    def __init__(self):
        return None
print(type(Init()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
