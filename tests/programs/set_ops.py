# Sets of small ints: operations and printing.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(b), a.isdisjoint({7, 8}))
s = set()
print(s, len(s), set([3, 1, 2, 3, 1]), set(range(5)), set("aaa") == {"a"})
s.add(5)
s.add(1)
s.add(5)
print(s)
s.update([7, 8], {9})
print(s, 7 in s, 70 in s)
s.discard(100)
s.discard(7)
s.remove(8)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {1, 5, 9}, len(s))
c = {10, 20, 30}
c -= {10}
c |= {40}
c &= {20, 40, 50}
c ^= {20, 60}
print(c)
print(sorted({5, 3, 8, 1}), sum({1, 2, 3}), max({4, 9, 2}))
print({x % 4 for x in range(20)}, {n * n for n in range(-3, 4)})
print(len({1, 1.0, True}), {0, False} == {0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(set.__name__, {1, 2}.copy(), {1, 2} == {2, 1})
