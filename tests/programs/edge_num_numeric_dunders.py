class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G({self.v})"
print(sorted([G(3), G(1), G(2)]), max([G(3), G(5), G(2)]), min([G(3), G(1)]))
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __repr__(self): return f"V({self.v})"
print(sum([V(1), V(2), V(3)]), sum([V(1)], V(10)), 5 + V(1), V(1) + 5)
class L:
    def __len__(self): return 3
    def __bool__(self): return False
print(len(L()), bool(L()), not L(), [1][0:len(L())])
class E:
    def __eq__(self, o): return "yes"
print(E() == 1, E() != 1, [E()] == [1], E() in [1], 1 in [E()], [1].count(E()), [1, 2].index(2))
class N:
    def __lt__(self, o): return NotImplemented
try:
    print(N() < N())
except TypeError as e:
    print("TypeError", e)
try:
    print(sorted([N(), N()]))
except TypeError as e:
    print("TypeError", e)
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o
    def __gt__(self, o): return self.v > o
print(R(1) < 2, 2 > R(1), 0 < R(1), R(5) > 3, 3 < R(5))
class Num:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return Num(self.v * o)
    __rmul__ = __mul__
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __pow__(self, o, m=None): return Num(pow(self.v, o, m))
    def __rpow__(self, o): return Num(o ** self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __divmod__(self, o): return (self.v // o, self.v % o)
    def __round__(self, n=None): return Num(round(self.v, n))
    def __repr__(self): return f"Num({self.v})"
n = Num(7)
print(n * 2, 2 * n, -n, abs(Num(-3)), n ** 2, 2 ** n, n // 2, 14 / n, round(Num(2.567), 1), round(Num(2.5)))
