# __len__, __getitem__, __setitem__, __contains__, __iter__ protocols.
class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "A23"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
d = Deck()
print(len(d), d[0], d[-1], d[1:3], "2H" in d, "9S" in d)
print(list(d), [c for c in d if c.startswith("A")], sorted(d)[:2])
for i, c in enumerate(d):
    if i > 1:
        break
    print(i, c)
class Grid:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        self.data[key] = value
    def __getitem__(self, key):
        return self.data.get(key, ".")
    def __delitem__(self, key):
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[1, 2], g[5, 5], (0, 0) in g, (9, 9) in g)
del g[0, 0]
print((0, 0) in g)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c)
it = iter(c)
print(next(it), next(it), next(it), next(it, "end"))
try:
    len(Countdown(1))
except TypeError as e:
    print("TypeError:", e)
