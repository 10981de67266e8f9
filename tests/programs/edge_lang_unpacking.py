a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(2)
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
a, b = {"k1": 1, "k2": 2}
print(a, b)
print([*range(3), *"ab", *[None]])
print((*range(2),), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
x = y = z = [0]
x.append(1)
print(y, z is x)
i = 0
l = [10, 20, 30]
i, l[i] = 1, 99
print(i, l)
class O: pass
obj = O()
obj.a, obj.b = 1, 2
print(obj.a, obj.b)
d = {}
d["x"], d["y"] = "xy"
print(d)
first, *_ = "hello"
print(first, _)
a = b = 1
a, b = b + 1, a + 1
print(a, b)
l = [1, 2, 3, 4]
l[0], l[-1] = l[-1], l[0]
print(l)
t = 1, 2, 3
print(t, type(t).__name__)
t2 = 1,
print(t2)
(x) = 5
print(x)
[p] = [7]
print(p)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a + b + c + d)
print(*[1, 2], sep="-")
def f(*a):
    return len(a)
print(f(*[], *(), *{}))
def g(a, b, c):
    return a, b, c
print(g(*[1], *[2, 3]), g(1, *(2,), c=3), g(**{'c': 3, 'b': 2, 'a': 1}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
