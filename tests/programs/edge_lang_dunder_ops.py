class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rsub__(self, o):
        return "rsub %r" % (o,)
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(V(3, 4)))
print(sum([a, b]), sum([a, b], V(0, 0)))
print(a / 2, b // 2, b % 2, a ** 2, a @ b, ~a, a << 2)
print(a & b, a | b, a ^ b, 5 - a)
print(a == V(1, 2), a != V(1, 2), a == 1, bool(V(0, 0)), bool(a))
print(len({a, V(1, 2), b}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self):
        self.v = 0
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
acc = Acc()
ref = acc
acc += 5
acc -= 2
print(acc.v, ref is acc)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 1
print(n.v, m.v, n is m)
class Both:
    def __add__(self, o):
        return "Both.add"
    def __radd__(self, o):
        return "Both.radd"
class Sub(Both):
    def __radd__(self, o):
        return "Sub.radd"
print(1 + Both(), Both() + 1)
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "R%d" % self.v
print(sorted([R(3), R(1), R(2)]), max([R(3), R(5), R(1)]), min(R(4), R(2)))
print(R(1) > R(0), R(0) > R(1))
try:
    R(1) <= R(2)
except TypeError as e:
    print("TypeError:", e)
class Div:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __round__(self, n=None):
        return ("round", n)
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(round(Div()), round(Div(), 2))
print(int(Div()), float(Div()), [10, 20, 30, 40][Div()], bin(Div()), hex(Div()))
print("abcdef"[Div():])
