# frozenset: immutable, hashable, usable as dict key / set element.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, frozenset(), frozenset(range(3)))
print(f | {4}, f & {1, 9}, f - {1}, {1, 4} | f)
print(type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "first", frozenset([7]): "second"}
print(d[frozenset([1, 2, 3])], d[frozenset({7})])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s))
print(f == {1, 2, 3}, f.issuperset({1}), f.union([10]), f.copy() == f)
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash({1, 2})
except TypeError as e:
    print("TypeError:", e)
