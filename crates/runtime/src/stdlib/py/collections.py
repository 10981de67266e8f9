"""collections, written in Python for pyjit: defaultdict, Counter, OrderedDict, deque,
namedtuple, ChainMap."""


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = "None" if self.default_factory is None else self.default_factory.__name__
        if factory in ("list", "int", "set", "dict", "str", "float", "tuple"):
            factory = "<class '" + factory + "'>"
        return "defaultdict(" + factory + ", " + dict.__repr__(self) + ")"


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        for elem, count in kwds.items():
            self[elem] = self.get(elem, 0) + count

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        for elem, count in kwds.items():
            self[elem] = self.get(elem, 0) - count

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return "Counter()"
        items = ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common())
        return "Counter({" + items + "})"

    def __add__(self, other):
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self.keys()))) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items.clear()

    def count(self, x):
        return self._items.count(x)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __bool__(self):
        return bool(self._items)

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + repr(self.maxlen) + ")"


def namedtuple(typename, field_names, *, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = tuple(field_names)
    ns = {}
    args = ", ".join(field_names)
    body = "class " + typename + "(tuple):\n"
    body += "    __slots__ = ()\n"
    body += "    _fields = " + repr(field_names) + "\n"
    body += "    def __new__(cls, " + args + "):\n"
    body += "        return tuple.__new__(cls, (" + args + ("," if len(field_names) == 1 else "") + "))\n"
    for i, name in enumerate(field_names):
        body += "    @property\n"
        body += "    def " + name + "(self):\n"
        body += "        return self[" + str(i) + "]\n"
    body += "    def __repr__(self):\n"
    body += "        return '" + typename + "(' + ', '.join(f + '=' + repr(v) for f, v in zip(self._fields, self)) + ')'\n"
    body += "    def _asdict(self):\n"
    body += "        return dict(zip(self._fields, self))\n"
    body += "    def _replace(self, **kw):\n"
    body += "        return type(self)(*[kw.get(f, v) for f, v in zip(self._fields, self)])\n"
    exec(body, ns)
    cls = ns[typename]
    if defaults is not None:
        defaults = tuple(defaults)
        original = cls.__new__
        n_required = len(field_names) - len(defaults)
        def __new__(c, *a, **kw):
            values = list(a) + [None] * (len(field_names) - len(a))
            for i, name in enumerate(field_names):
                if name in kw:
                    values[i] = kw[name]
                elif i >= len(a):
                    values[i] = defaults[i - n_required] if i >= n_required else values[i]
            return tuple.__new__(c, tuple(values))
        cls.__new__ = staticmethod(__new__)
    cls._make = classmethod(lambda c, it: c(*it))
    return cls


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                seen[k] = None
        return iter(seen)

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)
