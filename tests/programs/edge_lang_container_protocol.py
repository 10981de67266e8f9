class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], s[::2])
print(list(s), [x for x in s], 9 in s, 10 in s)
print(sorted(s, reverse=True), sum(s), max(s), tuple(s))
print(list(reversed(s)))
a, b, *rest = s
print(a, b, rest)
print(list(enumerate(s)), list(zip(s, "abc")))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "x%d" % i
print(list(OnlyGetitem()), "x1" in OnlyGetitem())
for v in OnlyGetitem():
    print("iter", v)
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = It()
print(list(it), list(it))
print(next(iter(It())), next(It(), "def"))
class Cont:
    def __contains__(self, x):
        print("contains called with", x)
        return x == 1
c = Cont()
print(1 in c, 2 in c, 3 not in c)
class Truthy:
    def __len__(self):
        return 0
print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy())
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
m = Map()
m["a"] = 1
m[1, 2] = 3
m[1:2] = "s"
print(m["a"], m[1, 2], m[1:2])
del m["a"]
try:
    m["zz"]
except KeyError as e:
    print("KeyError", e)
m["n"] = 0
m["n"] += 5
print(m["n"])
class Callable:
    def __init__(self):
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return (a, sorted(k.items()), self.calls)
cc = Callable()
print(cc(1, x=2), cc(), callable(cc), callable(5), callable(len))
try:
    5()
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for q in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
