class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Account:
    balance = Positive()
    def __init__(self, b):
        self.balance = b
a = Account(10)
print(a.balance, type(Account.balance).__name__)
try:
    a.balance = -5
except ValueError as e:
    print("error:", e)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw) if False else None
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(Base): pass
print(Base.registry)
class Slotted:
    __slots__ = ["name", "age"]
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Slotted("a", 3)
print(p.name, p.age)
try:
    p.email = "x"
except AttributeError as e:
    print("AttributeError:", e)
import sys
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
