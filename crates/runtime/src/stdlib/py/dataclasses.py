"""dataclasses, written in Python for pyjit: @dataclass (init, repr, eq, order, frozen),
field(), fields(), asdict(), astuple(), replace()."""


class _MISSING_TYPE:
    def __repr__(self):
        return "MISSING"


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare, kw_only=False):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return "Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default) + ")"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=False):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare, kw_only)


def fields(obj):
    return tuple(f for f in obj.__dataclass_fields__.values())


def _collect_fields(cls):
    result = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, "__dataclass_fields__", None)
        if base_fields:
            for f in base_fields.values():
                result[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, typ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is not MISSING:
                setattr(cls, name, f.default)
            else:
                delattr(cls, name)
        else:
            f = Field(default, MISSING, True, True, True)
        if f.default_factory is not MISSING and f.default_factory in (list, dict, set):
            pass
        elif f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError("mutable default " + str(type(f.default)) + " for field " + name + " is not allowed: use default_factory")
        f.name = name
        f.type = typ
        result[name] = f
    return result


def _make_init(cls, flds, frozen):
    names = [f.name for f in flds if f.init]
    seen_default = False
    params = []
    ns = {"MISSING": MISSING, "__dataclass_builtins_object__": object}
    for f in flds:
        if not f.init:
            continue
        if f.default is not MISSING:
            ns["__dflt_" + f.name] = f.default
            params.append(f.name + "=__dflt_" + f.name)
            seen_default = True
        elif f.default_factory is not MISSING:
            ns["__fact_" + f.name] = f.default_factory
            params.append(f.name + "=MISSING")
            seen_default = True
        else:
            if seen_default:
                raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
            params.append(f.name)
    lines = []
    for f in flds:
        if f.init:
            if f.default_factory is not MISSING:
                value = "__fact_" + f.name + "() if " + f.name + " is MISSING else " + f.name
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            ns["__fact_" + f.name] = f.default_factory
            value = "__fact_" + f.name + "()"
        elif f.default is not MISSING:
            ns["__dflt_" + f.name] = f.default
            value = "__dflt_" + f.name
        else:
            continue
        if frozen:
            lines.append("    __dataclass_builtins_object__.__setattr__(self, " + repr(f.name) + ", " + value + ")")
        else:
            lines.append("    self." + f.name + " = " + value)
    if "__post_init__" in dir(cls):
        lines.append("    self.__post_init__()")
    if not lines:
        lines.append("    pass")
    src = "def __init__(self" + "".join(", " + p for p in params) + "):\n" + "\n".join(lines) + "\n"
    exec(src, ns)
    init = ns["__init__"]
    init.__qualname__ = cls.__qualname__ + ".__init__"
    return init


def _tuple(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds if f.compare)


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        all_fields = _collect_fields(cls)
        cls.__dataclass_fields__ = all_fields
        flds = list(all_fields.values())
        if init and "__init__" not in cls.__dict__:
            cls.__init__ = _make_init(cls, flds, frozen)
        if repr and "__repr__" not in cls.__dict__:
            def __repr__(self):
                parts = ", ".join(f.name + "=" + builtins_repr(getattr(self, f.name)) for f in flds if f.repr)
                return type(self).__qualname__ + "(" + parts + ")"
            cls.__repr__ = __repr__
        if eq and "__eq__" not in cls.__dict__:
            def __eq__(self, other):
                if other.__class__ is self.__class__:
                    return _tuple(self, flds) == _tuple(other, flds)
                return NotImplemented
            cls.__eq__ = __eq__
            if not unsafe_hash and not frozen:
                cls.__hash__ = None
        if frozen or unsafe_hash:
            def __hash__(self):
                return hash(_tuple(self, flds))
            cls.__hash__ = __hash__
        if order:
            def make(op):
                def compare(self, other):
                    if other.__class__ is self.__class__:
                        return op(_tuple(self, flds), _tuple(other, flds))
                    return NotImplemented
                return compare
            cls.__lt__ = make(lambda a, b: a < b)
            cls.__le__ = make(lambda a, b: a <= b)
            cls.__gt__ = make(lambda a, b: a > b)
            cls.__ge__ = make(lambda a, b: a >= b)
        if frozen:
            def __setattr__(self, name, value):
                raise FrozenInstanceError("cannot assign to field " + builtins_repr(name))
            def __delattr__(self, name):
                raise FrozenInstanceError("cannot delete field " + builtins_repr(name))
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


builtins_repr = repr


def asdict(obj):
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if hasattr(obj, "__dataclass_fields__"):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, list):
        return [astuple(v) for v in obj]
    return obj


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")
