# iter/next with sentinel and defaults
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = [3, 2, 1, 0, 5]
pos = [0]
def nxt():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)))
print(list(iter("ab")), list(iter(range(3))), list(iter({"k": 1})), list(iter((1,))))
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
class Cnt:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Cnt(3)), sum(Cnt(4)), max(Cnt(5)), sorted(Cnt(3)), list(zip(Cnt(2), "ab")), any(Cnt(2)), list(enumerate(Cnt(2))))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])), min(Seq()))
g = (x * x for x in range(4))
print(next(g), list(g), list(g))
