# Attribute shapes changing while loops run; class attribute patching.
class P:
    def __init__(self, x):
        self.x = x
pts = [P(i) for i in range(200)]
s = 0
for i, p in enumerate(pts):
    if i == 100:
        P.bonus = 1000
    s += p.x + getattr(p, "bonus", 0)
print(s)
for i, p in enumerate(pts):
    if i % 3 == 0:
        p.x = float(p.x)
    if i % 7 == 0:
        p.y = i
print(sum(p.x for p in pts), sum(getattr(p, "y", 0) for p in pts))
class Counter:
    step = 1
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += self.step
c = Counter()
for i in range(300):
    if i == 200:
        Counter.step = 10
    if i == 250:
        c.step = 100
    c.tick()
print(c.n)
