# Insertion order is kept across delete/re-insert; mutation during iteration fails.
d = {}
for k in [5, 3, 9, 1]:
    d[k] = str(k)
print(d)
del d[3]
d[3] = "three"
print(d)
d[5] = "five"
print(list(d))
try:
    for k in d:
        d[k * 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {1: 1, 2: 2}
try:
    for k in e:
        del e[k]
except RuntimeError as e2:
    print("RuntimeError:", e2)
f = {i: i for i in range(5)}
for k in list(f):
    if k % 2:
        del f[k]
print(f)
print(list(reversed({"a": 1, "b": 2, "c": 3})))
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"})
