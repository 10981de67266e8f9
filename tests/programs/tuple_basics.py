# Tuples: creation, indexing, immutability, methods, nesting.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), (), (1,), tuple(), tuple([4, 5]), tuple("ab"))
print(t + (4,), t * 2, 2 in t, t.index(3), t.count(2), (1, 1, 1).count(1))
single = 5,
print(single, type(single).__name__)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
nested = (1, (2, 3), [4, 5])
nested[2].append(6)
print(nested)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 3))
d = {(0, 0): "origin", (1, 0): "east"}
print(d[(0, 0)], d[1, 0])
print(tuple(x * 2 for x in t), max(t), min(t), sum(t), sorted((3, 1, 2)))
a, b, c = t
print(a, b, c)
print(t[::-1], t[::2])
