# __repr__ and __str__ in print, str(), repr(), containers, f-strings.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
class Q(P):
    def __str__(self):
        return f"<{self.x}|{self.y}>"
p = P(1, "a")
q = Q(2, "b")
print(p, q)
print(str(p), repr(p), str(q), repr(q))
print([p, q], (q,), {"k": q})
print(f"{p} {q} {q!r} {q!s}")
print("%s %r" % (q, q))
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), f"{o}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, repr(m), f"{m:>12}|", [m])
