class D(dict):
    def __missing__(self, k):
        return k * 3
d = D()
print(d["ab"], "ab" in d, len(d))
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(sorted(c.items()))
class D2(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d2 = D2(a=1)
print(d2["a"], d2.get("a"), isinstance(d2, dict), type(d2).__name__)
class L(list):
    def append(self, v):
        super().append(v * 10)
    def total(self):
        return sum(self)
l = L([1])
l.append(2)
print(l, l.total(), len(l), isinstance(l, list), l[0], l[-1:])
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", type(s + "x").__name__, s == "hi", len(s), s[0], repr(s))
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i.double(), i + 1, type(i + 1).__name__, i == 21, hash(i) == hash(21), str(i))
class T(tuple):
    def first(self):
        return self[0]
t = T((1, 2))
print(t, t.first(), len(t), t + (3,), type(t).__name__)
class E(KeyError):
    pass
try:
    raise E("custom key")
except LookupError as e:
    print(type(e).__name__, repr(e), isinstance(e, KeyError))
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st, bool(Stack()))
