d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(d.values()), list(d.items()))
d["a"] = 99
print(list(d))
print(d.pop("zz", "default"), d.pop("a"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("x", []), d.setdefault("x", [1]), d)
d.setdefault("x", []).append(5)
print(d["x"])
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
fk = dict.fromkeys("abc", [])
fk["a"].append(1)
print(fk)
print(dict.fromkeys([1, 2]))
a = {1: 1, 2: 2}
b = {2: 2, 1: 1}
print(a == b, list(a) == list(b), a != {1: 1})
print(a | {3: 3}, {**a, 2: "two"})
a |= {0: 0}
print(a)
ks = a.keys()
print(ks & {1, 5}, ks | {7}, ks - {1})
print(sorted(a.items(), key=lambda kv: -kv[0]))
print(dict(zip("xy", [1, 2])), dict([("k", "v")]), dict(a=1, b=2), dict({"q": 1}, r=2))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
d = {}
d[(1, 2)] = "tuple"
d[1.5] = "float"
d[None] = "none"
d[True] = "true"
d[1] = "one"
print(d)
print(d.get((1, 2)), d.get("nope"), d.get("nope", 0))
c = d.copy()
c[None] = "changed"
print(d[None], c[None])
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
d = {i: i * i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d.update([("z", 26)], y=25)
d.update({"w": 23})
print(d)
print(len(d), 4 in d, 16 in d, 16 in d.values(), (4, 16) in d.items())
d.clear()
print(d, bool(d))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print(list(reversed({1: 1, 2: 2, 3: 3})))
print(repr({}), repr({1: {2: {}}}), str({"s": 's"q'}))
try:
    d = {}
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    print({}["missing"])
except KeyError as e:
    print("KeyError:", repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
