# Decorating classes and methods.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry)
def auto_repr(cls):
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({attrs})"
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, "two"), [Point(0, 0)])
def singleton(cls):
    instances = {}
    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get_instance
@singleton
class Database:
    def __init__(self):
        print("Connecting...")
d1 = Database()
d2 = Database()
print(d1 is d2)
def logged(method):
    def wrapper(self, *args):
        print("calling", method.__name__, args)
        return method(self, *args)
    return wrapper
class Calc:
    @logged
    def add(self, a, b):
        return a + b
print(Calc().add(2, 3))
