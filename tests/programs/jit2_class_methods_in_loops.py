# Methods compiled as framed units (boxed self) called from compiled loops; attributes
# changing type, class attributes shadowed mid-loop, properties and __slots__.
class Vec:
    scale = 1
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, other):
        return self.x * other.x + self.y * other.y
    def scaled(self, k):
        return Vec(self.x * k * self.scale, self.y * k * self.scale)
    @property
    def norm2(self):
        return self.dot(self)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a
        self.b = 0
    def bump(self, d):
        self.b += d
        return self.b

def run(n):
    v = Vec(1, 2)
    w = Vec(3, 4)
    acc = 0
    s = Slotted(5)
    for i in range(n):
        acc += v.dot(w) + v.norm2
        if i == n // 3:
            w.x = 0.5
        if i == n // 2:
            Vec.scale = 2
            v = v.scaled(3)
        if i == 2 * n // 3:
            v.scale = 10 ** 20
            v = v.scaled(1)
        acc += s.bump(i % 3)
    return acc, v.x, v.y, s.b

print(run(3000))
Vec.scale = 1

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, k):
        self.n += k
        return self.n
    def __len__(self):
        return self.n % 7
    def __bool__(self):
        return self.n % 2 == 0

def use_callable(n):
    c = Counter()
    t = 0
    for i in range(n):
        t += c(i)
        if c:
            t += len(c)
    return t

print(use_callable(3000))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

def mixed_sum(n):
    t = 0
    for i in range(n):
        t = t + (Num(i) if i % 1000 == 999 else i)
        if t < 0:
            break
    return t.v if isinstance(t, Num) else t

print(mixed_sum(3000))
print(sum(Num(i) if i == 2500 else i for i in range(3000)).v)
