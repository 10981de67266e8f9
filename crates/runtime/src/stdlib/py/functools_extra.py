"""The parts of functools written in Python (the native module supplies reduce,
partial, wraps, lru_cache and cache)."""


def total_ordering(cls):
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__") if op in cls.__dict__]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    if root == "__lt__":
        if "__gt__" not in cls.__dict__:
            cls.__gt__ = lambda self, other: NotImplemented if (r := self.__lt__(other)) is NotImplemented else (not r and self != other)
        if "__le__" not in cls.__dict__:
            cls.__le__ = lambda self, other: NotImplemented if (r := self.__lt__(other)) is NotImplemented else (r or self == other)
        if "__ge__" not in cls.__dict__:
            cls.__ge__ = lambda self, other: NotImplemented if (r := self.__lt__(other)) is NotImplemented else (not r)
    elif root == "__le__":
        if "__ge__" not in cls.__dict__:
            cls.__ge__ = lambda self, other: NotImplemented if (r := self.__le__(other)) is NotImplemented else (not r or self == other)
        if "__lt__" not in cls.__dict__:
            cls.__lt__ = lambda self, other: NotImplemented if (r := self.__le__(other)) is NotImplemented else (r and self != other)
        if "__gt__" not in cls.__dict__:
            cls.__gt__ = lambda self, other: NotImplemented if (r := self.__le__(other)) is NotImplemented else (not r)
    elif root == "__gt__":
        if "__lt__" not in cls.__dict__:
            cls.__lt__ = lambda self, other: NotImplemented if (r := self.__gt__(other)) is NotImplemented else (not r and self != other)
        if "__ge__" not in cls.__dict__:
            cls.__ge__ = lambda self, other: NotImplemented if (r := self.__gt__(other)) is NotImplemented else (r or self == other)
        if "__le__" not in cls.__dict__:
            cls.__le__ = lambda self, other: NotImplemented if (r := self.__gt__(other)) is NotImplemented else (not r)
    else:
        if "__le__" not in cls.__dict__:
            cls.__le__ = lambda self, other: NotImplemented if (r := self.__ge__(other)) is NotImplemented else (not r or self == other)
        if "__gt__" not in cls.__dict__:
            cls.__gt__ = lambda self, other: NotImplemented if (r := self.__ge__(other)) is NotImplemented else (r and self != other)
        if "__lt__" not in cls.__dict__:
            cls.__lt__ = lambda self, other: NotImplemented if (r := self.__ge__(other)) is NotImplemented else (not r)
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        cache = instance.__dict__
        if self.attrname in cache:
            return cache[self.attrname]
        val = self.func(instance)
        cache[self.attrname] = val
        return val


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda g: register(cls, g)
            f = cls
            cls = list(f.__annotations__.values())[0] if hasattr(f, "__annotations__") else object
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.__name__ = func.__name__
    return wrapper
