# Exact messages of common runtime errors.
five = 5
none = None
one = 1
text = "x"
ints = {1, 2}
tests = [
    lambda: [1, 2, 3][10],
    lambda: (1, 2)[5],
    lambda: "abc"[9],
    lambda: undefined_variable,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: 1 - "a",
    lambda: [1] * "a",
    lambda: five[0],
    lambda: none(),
    lambda: one(),
    lambda: text(),
    lambda: len(5),
    lambda: [] < 1,
    lambda: -"a",
    lambda: ~1.5,
    lambda: {}[[]],
    lambda: 1 in five,
    lambda: iter(5),
    lambda: next([1]),
    lambda: none[0],
    lambda: [1, 2, 3][text],
    lambda: abs("x"),
    lambda: int("1.5"),
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: 10 / 0,
    lambda: 1.0 + None,
    lambda: sum(["a", "b"]),
    lambda: sorted([1, None]),
    lambda: float("x"),
    lambda: (1, 2) + [3],
    lambda: ints[0],
    lambda: "abc".index("z"),
    lambda: 2 ** "a",
    lambda: 3 % "a",
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
