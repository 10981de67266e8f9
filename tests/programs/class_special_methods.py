# More dunder methods: __call__, arithmetic reflections, __contains__, __iadd__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), list(map(Adder(1), [1, 2])))
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __mul__(self, o):
        return Num(self.v * o)
    def __truediv__(self, o):
        return Num(self.v / o)
    def __floordiv__(self, o):
        return Num(self.v // o)
    def __mod__(self, o):
        return Num(self.v % o)
    def __pow__(self, o):
        return Num(self.v ** o)
    def __neg__(self):
        return Num(-self.v)
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
n = Num(7)
print(n + 1, 1 + n, n + n, n * 3, n / 2, n // 2, n % 4, n ** 2, -n)
print(sum([Num(1), Num(2)]), sorted([Num(3), Num(1)]), Num(1) == Num(1), Num(1) != Num(2))
m = n
m += 10
print(n, m is n)
print(int(Num(3.9)), float(Num(2)), [10, 20, 30][Num(1)], hex(Num(255)))
try:
    n - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + n
except TypeError as e:
    print("TypeError:", e)
class Unhashable:
    def __eq__(self, o):
        return True
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
