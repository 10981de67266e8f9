# min/max with key, default, mixed args, errors
print(min(3, 1, 2), max("b", "a", "c"), min([4, 2, 8]), max((1, 5), (1, 7)), min("hello"))
print(max([], default=None), min([], default="empty"), max([1], default=5), min((), key=len, default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max("a", "bb", key=len))
print(max([1, 3, 3, 2], key=lambda v: v), min([(1, "b"), (1, "a")]), max([(1, "b"), (1, "a")], key=lambda t: t[0]))
print(max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max(range(10), key=lambda v: v % 4))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), min(True, 1), max(0, False), max(float("nan"), 1), max(1, float("nan")))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min(iter([5, 4])))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a"), lambda: max(1, 2, default=0), lambda: min([], key=len)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([]), sum([1, 2.5]), sum([[1], [2]], []), sum(range(5), 10), sum((0.1,) * 10), sum([True] * 3), sum([], start=7))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([2**64, 2**64, -1]), sum([1, 2], 0.5))
