class A: pass
print(A, int, type(1), type(A()), ValueError, type(None), type(print), [A], str(A), repr(A))
class A:
    class Inner: pass
print(A.Inner, A.Inner.__qualname__, A.Inner.__name__)
def f():
    class L: pass
    return L
print(f(), f().__qualname__)
print(type, object, type(type), type(object), bool, type(True))
import math
print(type(math).__name__, math.__name__)
print(type(range(1)), type(iter([])).__name__, type({}.keys()).__name__, type(x for x in []), type(zip()).__name__, type(map(len, [])).__name__)
print(type(NotImplemented).__name__, NotImplemented, type(Ellipsis))
class A:
    @property
    def p(self): return 1
print(type(A.p).__name__, A().p)
print(isinstance(A := type, type), type(int) is type, type.__name__)
class A: pass
class B(A): pass
print(B.__bases__, A.__bases__, B.__mro__)
class A: pass
print(A.__name__, A.__module__, A().__class__, A().__class__.__name__)
print(repr(int), str(float), f"{list}", "%s" % dict, [str], {1: set})
