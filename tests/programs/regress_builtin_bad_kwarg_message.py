for f in [lambda: max([1, 2], bad=1), lambda: sorted([1], cmp=None), lambda: [].sort(cmp=1), lambda: min(1, 2, foo=3), lambda: sum([1], foo=2), lambda: enumerate([], x=1), lambda: round(1.5, nd=1), lambda: int("1", bse=2), lambda: "a".split(sepp=",")]:
    try:
        f()
    except TypeError as e:
        print(e)
