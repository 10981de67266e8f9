# Hash values of ints and related numbers are deterministic.
for v in (0, 1, -1, -2, 2, 42, -42, 1000000, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61)):
    print(v, hash(v))
print(hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(0.0))
print(hash(1.5), hash(-1.5))
print(hash(2 ** 100))
print(hash(10 ** 20))
print(hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)))
print(hash((1, 2, 3)))
print(hash(()))
