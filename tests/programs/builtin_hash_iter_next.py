# hash, iter, next (with default), callable.
print(hash(1) == hash(1.0), hash(7), hash(-1), hash(True), hash((1, 2)) == hash((1, 2)))
print(hash("abc") == hash("abc"), hash(frozenset([1])) == hash(frozenset([1])))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
s = iter("hi")
print(list(s), list(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
r = iter(range(3))
print(next(r), list(r))
def gen():
    yield 1
g = gen()
print(iter(g) is g, next(g), next(g, "done"))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
print(callable(len), callable(print), callable(1), callable("s"), callable(lambda: 0), callable(int), callable(None))
class WithCall:
    def __call__(self):
        return "called"
print(callable(WithCall()), callable(WithCall), WithCall()())
