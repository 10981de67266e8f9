# List creation, indexing, mutation, nesting, repr.
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], [] , [[]], [1, [2, [3]]])
a[1] = 20
a[-1] += 5
print(a)
print(a + [4], a * 2, [0] * 5, 2 * [None])
print(3 in a, 20 in a, 99 not in a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[0][0] = 9
print(bad)
print(list(), list("ab"), list(range(4)), list((1, 2)), list({3: 0, 1: 0}))
print([1, "two", 3.0, None, True, (4,), [5]])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
print(a.__len__(), len([[], []]), sum([[1], [2]], []))
nested = [1, [2, 3], [4, [5, 6]]]
print(nested[2][1][0], nested[1][-1])
s = [i * i for i in range(10)]
print(s, s[::3], sum(s), max(s), min(s))
