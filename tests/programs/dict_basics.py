# Dict basics: insertion order, access, update, membership, del.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d))
print(d["two"], "two" in d, "four" in d, 2 in d)
del d["two"]
print(d)
d["two"] = 22
print(d, list(d))
d.update({"four": 4, "one": 1})
d.update(five=5)
d.update([("six", 6)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k, v in d.items():
    print(k, v)
for k in d:
    print(k, end=" ")
print()
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), dict({"k": 1}, z=0))
print({}, dict(), {1: "int", 1.0: "float", True: "bool"})
e = {}
e[3] = "c"
e[1] = "a"
e[2] = "b"
print(e, sorted(e), list(e.values()))
print({"a": [1, 2], "b": {"c": None}})
print(d == {"one": 1, "three": 3, "two": 22, "four": 4, "five": 5, "six": 6})
print(len({}), bool({}), bool({0: 0}))
