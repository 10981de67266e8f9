# getattr/setattr/hasattr/delattr/isinstance/issubclass/callable
class Base:
    cls_attr = 1
    def method(self):
        return "m"
class Child(Base):
    pass
c = Child()
print(getattr(c, "cls_attr"), getattr(c, "missing", "dflt"), getattr(c, "method")(), hasattr(c, "method"), hasattr(c, "nope"))
setattr(c, "x", 5)
print(c.x, getattr(c, "x"), hasattr(c, "x"))
delattr(c, "x")
print(hasattr(c, "x"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "append") is not None, hasattr(1, "__add__"), getattr(None, "x", None))
print(isinstance(c, Base), isinstance(c, (int, Base)), isinstance(5, (str, (float, int))), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(bool, (str, int)), issubclass(int, object), issubclass(Child, Child))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(Base), callable(c), callable(c.method), callable(5), callable(lambda: 0), callable("s".upper))
print(type(5) is int, type(True) is bool, type(1.0).__name__, type("").__name__, type([]).__name__, type(c).__name__, type(None).__name__)
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(print, object))
print(type(c) == Child, Child.__name__, Child.__bases__ == (Base,), Base.__mro__ if False else "", c.__class__.__name__)
print(vars(c))
