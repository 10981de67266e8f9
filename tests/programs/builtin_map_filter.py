# map (incl. multiple iterables), filter (incl. None), any, all.
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(filter(lambda x: x > 2, [1, 2, 3, 4])), list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(str.isdigit, ["1", "a", "22"])))
m = map(int, "123")
print(next(m), list(m), list(m))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any("abc"), all(["a", ""]), any([None, False]), all((1, 2.5, "x")))
def check(x):
    print("check", x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3]))
print(all(check(x) for x in [5, 0, 7]))
print(sum(map(len, ["ab", "cde"])), sorted(map(abs, [-3, 1, -2])))
