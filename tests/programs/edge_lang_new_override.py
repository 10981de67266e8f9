class WithNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        inst = super().__new__(cls)
        inst.made = True
        return inst
    def __init__(self, x):
        print("init", x, self.made)
w = WithNew(5)
print(type(w).__name__, w.made)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        self.count = getattr(self, "count", 0) + 1
a = Singleton()
b = Singleton()
print(a is b, b.count)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Child(WithNew):
    def __init__(self, x, y):
        super().__init__(x)
        print("child init", y)
c = Child(1, 2)
print(isinstance(c, WithNew), type(c).__name__)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"), sorted(Cached._cache))
a = []; a.append(a)
b = []; b.append(b)
try:
    print(a == b)
except RecursionError:
    print("RecursionError")
import sys
try:
    sys.exit()
except SystemExit as e:
    print(e.args, e.code)
