# __eq__/__lt__ and friends; sorted() uses __lt__.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __repr__(self):
        return f"Version('{self.s}')"
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"))
print(Version("2.0") > Version("1.9"), Version("1.0") < Version("1.0.1"))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain())
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank
hand = [Card(r) for r in "KA2T9J"]
hand.sort()
print(hand, sorted(hand, reverse=True))
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() in [1, 2], [AlwaysEq()] == [0])
class Stable:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag
    def __lt__(self, other):
        return self.k < other.k
items = [Stable(1, "a"), Stable(0, "b"), Stable(1, "c"), Stable(0, "d")]
print([s.tag for s in sorted(items)])
