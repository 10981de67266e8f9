l = [1, 2]
l.extend(l)
print(l)
l += l
print(l, len(l))
l = [1, 2, 3]
l.insert(-1, "x"); l.insert(100, "end"); l.insert(-100, "start")
print(l)
print([1] * -1, [1, 2] * 0, 3 * [0], (1,) * 2, "ab" * -3)
l = [1, 2, 3, 2, 1]
print(l.index(2, 2), l.index(1, 1), l.count(2), l.index(3, -3, -1))
l = [[1], [2]]
c = l.copy()
c[0].append(9)
c[1] = "new"
print(l, c)
l = [1, 2, 3]
l[:] = l
print(l)
l[1:] = l
print(l)
l = []
l.append(l)
print(l, l == l, len(l[0][0][0]))
t = ([], 1)
t[0].append(5)
print(t, t.count(1), t.index(1))
print(sum([(1,), (2,)], ()), sum([[1], [2]], []))
l = list(range(10))
del l[::3]
print(l)
del l[-2:]
print(l)
del l[:]
print(l)
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a == b[:3], a is b)
a = [3, 1, 2]
b = a
a.sort()
print(b)
a = sorted(a, reverse=True)
print(b, a)
l = [1, 2, 3]
for i, v in enumerate(l):
    l[i] = v * 10
print(l)
l = [1, 2, 3, 4]
for v in l[:]:
    if v % 2 == 0:
        l.remove(v)
print(l)
l = [1, 2, 3, 4]
for v in l:
    if v % 2 == 0:
        l.remove(v)
print(l)
l = [1, 2, 3]
print(l.pop(), l.pop(0), l, l.pop(-1), l)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3, 0, -1)), tuple([1, [2]]))
l = [5, 1, 4]
l.reverse()
print(l, l[::-1], list(reversed(l)))
print(max([1, 5, 3]), min("bca"), max((1, 2), (1, 3)), min([[2], [1, 9]]), max([1, 2], [3]))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]))
print(len([[]]), [[]] == [[]], [None] * 2, [[]] * 2)
x = [1, 2]
y = [x, x]
y[0].append(3)
print(y, y[0] is y[1])
a = (1, [2])
try:
    a[1] += [3]
except TypeError as e:
    print(e)
print(a)
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (1, 2, 3)[::-1], tuple(), (1,) == (1.0,))
t = (1, 2, 3)
a, *b = t
print(type(b).__name__, b)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[1, 2])
l = [0, 1, 2, 3, 4, 5]
l[1:5:2] = ["a", "b"]
print(l)
l[::-2] = "xyz"
print(l)
l = [1, 2, 3]
l[1:2] = []
print(l)
l[0:0] = [9, 9]
print(l)
print([1, 2, 3][-1:-4:-1], [1, 2, 3][5:1:-1], [1, 2, 3][-100:100], "abcdef"[1::2], "abcdef"[-2::-2])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], list(zip(*m)))
s = [1, 2, 3]
print(s.__len__(), s.__getitem__(0), s.__contains__(2))
