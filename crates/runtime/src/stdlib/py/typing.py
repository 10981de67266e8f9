"""typing, for pyjit: the names programs import, as runtime placeholders (annotations
are not checked at run time, as in CPython)."""

TYPE_CHECKING = False


class _Special:
    """A subscriptable, subclassable stand-in for a typing construct."""

    def __class_getitem__(cls, item):
        return cls


class Any(_Special): pass
class Generic(_Special): pass
class Protocol(_Special): pass
class List(_Special): pass
class Dict(_Special): pass
class Set(_Special): pass
class FrozenSet(_Special): pass
class Tuple(_Special): pass
class Type(_Special): pass
class Optional(_Special): pass
class Union(_Special): pass
class Callable(_Special): pass
class Iterable(_Special): pass
class Iterator(_Special): pass
class Generator(_Special): pass
class Sequence(_Special): pass
class Mapping(_Special): pass
class MutableMapping(_Special): pass
class MutableSequence(_Special): pass
class Literal(_Special): pass
class ClassVar(_Special): pass
class Final(_Special): pass
class Annotated(_Special): pass
class TypedDict(dict): pass
class NoReturn(_Special): pass
class Hashable(_Special): pass
class Sized(_Special): pass
class Awaitable(_Special): pass
class Coroutine(_Special): pass
class Deque(_Special): pass
class DefaultDict(_Special): pass
class Counter(_Special): pass


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class ParamSpec(TypeVar):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def no_type_check(arg):
    return arg


def get_type_hints(obj):
    return {}


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type
