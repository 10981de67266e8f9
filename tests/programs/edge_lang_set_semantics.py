s = {3, 1, 2}
print(sorted(s), len(s), 2 in s)
s.add(2); s.add(4)
s.discard(10)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {2} <= a, {2} < a, a < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(5)), a.issuperset([1]))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {3})), sorted(a.difference([1], [2])))
c = a.copy()
c |= {10}
c -= {1}
c &= {2, 3, 10}
c ^= {3, 11}
print(sorted(c), sorted(a))
fs = frozenset([1, 2])
print(fs | {3} == {1, 2, 3}, type(fs | {3}).__name__, type({3} | fs).__name__)
print({fs: 1}[frozenset([2, 1])], fs == {1, 2}, hash(fs) == hash(frozenset([1, 2])))
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(set(), frozenset(), set("aab") == {"a", "b"}, repr(set()), repr({1}))
e = set()
try:
    e.pop()
except KeyError as ex:
    print("KeyError:", ex)
print({x % 3 for x in range(10)} == {0, 1, 2})
print(sorted({(1, 2), (1, 2), (2, 1)}))
print(set([1, 1.0, True]), {0, False} == {0})
try:
    {[]}
except TypeError as ex:
    print("TypeError:", ex)
try:
    set().add({})
except TypeError as ex:
    print("TypeError:", ex)
print({1, 2} == frozenset({1, 2}), {1} != {1, 2})
try:
    {1} + {2}
except TypeError as ex:
    print("TypeError:", ex)
s = {1, 2, 3}
s.update([4], {5})
s.difference_update({1})
s.intersection_update(range(2, 6))
s.symmetric_difference_update({5, 6})
print(sorted(s))
u = {1, 2}
v = u
u |= {3}
print(v is u, sorted(v))
u = u | {4}
print(v is u, sorted(v), sorted(u))
print(len({i: None for i in range(100)}.keys() & set(range(50, 150))))
print(min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2, 3}))
