class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.v) % 3
    def __repr__(self):
        return "K(%d)" % self.v
d = {K(1): "one"}
print(d[K(1)])
d[K(4)] = "four"
print(len(d), K(4) in d, K(7) in d)
s = {K(1), K(2), K(1)}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True

try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, {2}}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([1], 2))
except TypeError as e:
    print("TypeError:", e)
class InheritHash(NoHash):
    __hash__ = object.__hash__ if False else (lambda self: 7)
print(hash(InheritHash()))
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print({0, 0.0, False, -0.0})
print({(1, 2): 1}[(1, 2)], {frozenset([1, 2]): "f"}[frozenset([2, 1])])
class Same:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, Same)
print(len({Same(), Same(), Same()}))
class IdentityOnly:
    pass
a = IdentityOnly()
print(len({a, a, IdentityOnly()}))
class EqNotHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqNotHash(1) == EqNotHash(1), EqNotHash(1) != EqNotHash(2))
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class EqReturnsNI:
    def __eq__(self, o):
        return NotImplemented
x = EqReturnsNI()
print(x == x, x == EqReturnsNI(), x != x)
print([K(1)] == [K(1)])
print(K(2) in [K(1), K(2)])
print([K(3)].index(K(3)), [K(3), K(3)].count(K(3)))
nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
