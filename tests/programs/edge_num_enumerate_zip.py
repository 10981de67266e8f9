# enumerate/zip/map/filter edge cases
print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)), list(enumerate("a", 2**70)))
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(*[(1, 2), (3, 4), (5, 6)])), list(zip(range(3), range(10), "xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1], [2], strict=True)))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda a, b, c: a + b + c, [1, 2], [3, 4], [5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v > 1, range(4))))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "done"))
z = zip("ab", [1, 2])
print(dict(z), dict(zip("ab", "cd")))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as ex:
    print("ValueError", ex)
print(any([]), all([]), any([0, ""]), all([1, "x"]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(any(iter([0, 0, 1])), all([[]]), any([[0]]))
for bad in [lambda: enumerate(5), lambda: zip(1), lambda: map(len), lambda: filter(None, 3), lambda: any(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
