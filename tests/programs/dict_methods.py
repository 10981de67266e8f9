# get, setdefault, pop, popitem, copy, clear, fromkeys, keys views.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d["x"] = 9
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
print(dict.fromkeys(["p", "q"], 0), dict.fromkeys("ab"))
k = d.keys()
d["late"] = 7
print(list(k), len(k), "late" in k)
print(list(d.values()), list(d.items())[0])
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
m = {"x": 1} | {"y": 2}
m |= {"x": 5}
print(m)
