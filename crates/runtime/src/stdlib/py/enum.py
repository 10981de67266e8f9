"""enum, written in Python for pyjit: Enum and IntEnum members with name/value, lookup
by value (`Color(1)`) and by name (`Color['RED']`), iteration and auto()."""

_auto_counter = [0]


class auto:
    def __init__(self):
        _auto_counter[0] += 1
        self.order = _auto_counter[0]


class Enum:
    def __init_subclass__(cls, **kwargs):
        members = []
        next_value = 1
        for name, value in list(cls.__dict__.items()):
            if name.startswith("_") or callable(value) or isinstance(value, (staticmethod, classmethod, property)):
                continue
            if isinstance(value, auto):
                value = next_value
            if isinstance(value, int) and not isinstance(value, bool):
                next_value = value + 1
            existing = [m for m in members if m._value_ == value]
            if existing:
                setattr(cls, name, existing[0])
                continue
            if issubclass(cls, int):
                member = int.__new__(cls, value)
            elif issubclass(cls, str):
                member = str.__new__(cls, value)
            else:
                member = object.__new__(cls)
            member._name_ = name
            member._value_ = value
            setattr(cls, name, member)
            members.append(member)
        cls._member_list_ = members

    def __new__(cls, value):
        for member in cls._member_list_:
            if member._value_ == value:
                return member
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)

    def __init__(self, *args):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __hash__(self):
        return hash(self._name_)

    def __class_getitem__(cls, name):
        for member in cls._member_list_:
            if member._name_ == name:
                return member
        raise KeyError(name)

    def __class_iter__(cls):
        return iter(cls._member_list_)

    def __class_len__(cls):
        return len(cls._member_list_)


class IntEnum(int, Enum):
    def __str__(self):
        return str(self._value_)


class StrEnum(str, Enum):
    def __str__(self):
        return str(self._value_)
