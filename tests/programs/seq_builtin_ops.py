# Common operations over different sequence types.
seqs = [[3, 1, 2], (3, 1, 2), "312", range(3, 0, -1)]
for s in seqs:
    print(type(s).__name__, len(s), list(s), sorted(s), s[0], s[-1], list(reversed(s)))
print([1, 2] * 0, (0,) * 3, "ab" * 2)
print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(map(len, ["a", "bb", "ccc"])), [len(x) for x in ("", "x")])
print(all(isinstance(s, (list, tuple, str, range)) for s in seqs))
data = [5, 3, 8, 1]
print(data.index(max(data)), sum(data) / len(data))
