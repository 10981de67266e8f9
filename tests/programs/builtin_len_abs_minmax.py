# len, abs, min/max with key, default and multiple args.
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(""))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
print(max(-3, 2, -7, key=abs), min(-3, 2, -7, key=abs), max(1, 2.5), min(2, 2.0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "x", 1: "y"}))
print(max(3, 3.0), max(3.0, 3), min([1, 1.0, True]))
print(max("b", "a", "c", key=lambda s: -ord(s)))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
for bad in (lambda: max([]), lambda: min(), lambda: max(1), lambda: len(5), lambda: max([], key=len)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
