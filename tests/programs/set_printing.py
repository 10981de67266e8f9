# Printing sets of ints (order is determined by int hashes).
print({1, 2, 3}, {3, 2, 1}, {10, 5, 1}, {0, -1, -2}, {100, 33, 7})
print(set(range(20)))
print({64, 1, 32, 2, 16}, {8, 16, 24, 0})
s = set()
for i in [9, 4, 7, 1, 8, 2]:
    s.add(i)
print(s)
print({1000, 2000, 3000}, {-5, 5}, {2 ** 10, 2 ** 3})
print(frozenset({3, 2, 1}), set([5, 3, 5, 1]))
big = {i * 7 % 50 for i in range(40)}
print(big)
print([{1, 2}, frozenset({0})], ({1},))
print(repr(set()), str(frozenset()))
