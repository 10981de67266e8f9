# Truthiness of every common type.
values = [0, 1, -1, 0.0, 0.1, -0.0, "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, frozenset(), None, True, False, range(0), range(1), 2 ** 100]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no")
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, f):
        self.f = f
    def __bool__(self):
        return self.f
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(False)), bool(Flag(True)))
n = 3
while n:
    print("n =", n)
    n -= 1
items = [1, 2]
while items:
    print("pop", items.pop())
print(not None, not not 5, [] or [1], [] and [1])
print(any([0, "", None]), all([1, "a", [0]]), all([]), any([]))
