# enumerate (with start), zip (uneven, strict), reversed, sorted.
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=1)), list(enumerate("ab", 10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [True] * 2)))
names = ["ann", "bob"]
ages = [30, 25, 99]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
