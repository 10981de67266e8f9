class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Num.eq")
        return NotImplemented
    def __lt__(self, o):
        print("Num.lt")
        return NotImplemented
    def __repr__(self):
        return "Num(%d)" % self.v
class Other:
    def __eq__(self, o):
        print("Other.eq")
        return True
    def __gt__(self, o):
        print("Other.gt")
        return "gt-result"
print(Num(1) == Other())
print(Num(1) < Other())
try:
    print(Num(1) < Num(2))
except TypeError as e:
    print("TypeError:", e)
print(Num(1) == Num(1))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
a, b = Lt(1), Lt(2)
print(a < b, a > b, b > a, a <= b, b >= a, a >= b)
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return "V" + ".".join(map(str, self.p))
    def __le__(self, o):
        return self < o or self == o
    def __gt__(self, o):
        return not self <= o
    def __ge__(self, o):
        return not self < o
vs = [Ver(1, 2), Ver(1, 0, 5), Ver(0, 9)]
print(sorted(vs), max(vs), Ver(1) <= Ver(1), Ver(2) > Ver(1), Ver(1) >= Ver(2))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class EqCount:
    n = 0
    def __eq__(self, o):
        EqCount.n += 1
        return False
    __hash__ = None
x = EqCount()
print(x in [x], EqCount.n)
print(x in [EqCount(), 1], EqCount.n)
print([x] == [x], EqCount.n)
print((1, x) == (1, x), EqCount.n)
class Chain:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("cmp", self.v, o.v)
        return self.v < o.v
print(Chain(1) < Chain(2) < Chain(0) < Chain(5))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c", 1 < 3 > 2)
try:
    print([1] < [None])
except TypeError as e:
    print("TypeError:", e)
try:
    print({1: 2} < {1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set())
except TypeError as e:
    print("TypeError:", e)
print(None == None, None is None, None != 0, [] == [], [] is [], () == ())
