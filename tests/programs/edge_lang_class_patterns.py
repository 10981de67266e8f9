class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "->".join(map(str, self))
n = Node(1, Node(2, Node(3)))
print(n, len(n), list(n), 2 in n, sorted(n, reverse=True), bool(Node(0)))
class Range:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return RangeIter(self.n)
class RangeIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
    def __iter__(self):
        return self
r = Range(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        n = len(self.rows)
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(n)) for j in range(n)] for i in range(n)])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
m = Matrix([[1, 2], [3, 4]])
m[0, 0] = 5
print(m[0, 0], m @ m, m == Matrix([[5, 2], [3, 4]]), m != m)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __format__(self, spec):
        return format(str(self), spec)
wallet = [Money(150), Money(99), Money(1000)]
print(sum(wallet), max(wallet), sorted(wallet), f"[{Money(5):>8}]", len(set(wallet + [Money(99)])))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    c = property(lambda self: self._c)
t = Temp()
t.f = 212
print(t.c, t.f, type(Temp.f).__name__)
try:
    t.c = 5
except AttributeError as e:
    print("AttributeError:", e)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
for s in [Sq(2), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class A:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class B(A):
    pass
A(); B(); B()
print(A.instances, B.instances)
class A:
    def __init__(self, x):
        self.x = x
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.x)
class B(A):
    pass
print(A.from_str("3"), B.from_str("4"), B(1).from_str("5"))
class Cnt:
    def __init__(self):
        self.calls = []
    def __getattr__(self, name):
        def method(*a):
            self.calls.append((name, a))
            return len(self.calls)
        return method
c = Cnt()
print(c.foo(1), c.bar(), c.calls)
