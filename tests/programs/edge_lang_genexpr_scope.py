def eager_first():
    try:
        g = (x for x in 1 / 0)
    except ZeroDivisionError:
        print("first iterable evaluated eagerly")
eager_first()
def lazy_rest():
    g = (x / y for x in [1] for y in [0])
    print("created")
    try:
        next(g)
    except ZeroDivisionError:
        print("inner evaluated lazily")
lazy_rest()
data = [1, 2, 3]
g = (v * 2 for v in data)
data = [10, 20]
print(list(g))
lst = [1, 2, 3]
g = (v for v in lst)
lst.append(4)
print(list(g))
def count():
    i = 0
    while True:
        yield i
        i += 1
print(next(v for v in count() if v > 5))
g = (i * i for i in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(1 for _ in range(10)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def side():
    for i in range(10):
        print("produce", i)
        yield i
print(any(v == 2 for v in side()))
class C:
    factor = 3
    try:
        vals = list(v * factor for v in range(3))
    except NameError as e:
        vals = str(e)
    ok = list(factor * 0 + v for v in range(2))
print(C.vals)
print(C.ok)
x = 10
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
[y for y in range(2)]
try:
    print(y)
except NameError as e:
    print("NameError:", e)
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
funcs = [(lambda i=i: i) for i in range(3)]
print([f() for f in funcs])
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
gen = (a + b for a, b in [(1, 2), (3, 4)])
print(list(gen))
print(list(zip(*[(1, 'a'), (2, 'b')])))
def nested_gen():
    return ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in nested_gen()])
print(type(x for x in []).__name__)
print(tuple(x for x in "ab"), frozenset(x % 2 for x in range(4)) == {0, 1})
gen = (x for x in range(3))
for v in gen:
    if v == 1:
        break
print(list(gen))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(max((len(s), s) for s in ["aa", "b", "ccc"]))
print(", ".join(str(n) for n in range(4)))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
