# bool is a subclass of int: arithmetic and printing.
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), type(True).__name__)
print(sum([True, False, True, True]), True ** 3, 2 ** True)
print(str(True), repr(False), int(True), float(False))
print(True and 5, False and 5, True or 5, 0 or "x", None or 0 or [])
print(not True, not 0, not [], not [0])
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool(None))
print(True & True, True | False, True ^ True, True << 3)
print(max(True, 0), min(False, -1), abs(True))
print([True, False][True], "ab"[False])
count = 0
for v in [1, 0, 3, 0, 5]:
    count += v > 0
print(count)
print(True > False, True >= 1, (1 == 1) + (2 == 2))
print(hash(True), hash(False), divmod(True, True))
print(f"{True}", f"{True:d}", f"{False:>6}", "%s %d" % (True, True))
