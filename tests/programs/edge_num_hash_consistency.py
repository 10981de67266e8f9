# hash equality across numeric types
vals = [0, 1, -1, 2, -2, 10**18, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, 0.5, -0.5, 1.5, 1e100, 2.0**70, 0.1, float("inf"), float("-inf")]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2**64) == hash(float(2**64)), hash(-1), hash(-2), hash(-1.0))
print(hash(()) , hash((1, 2)), hash((1, (2, 3))), hash(("",)) if False else 0)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({0.25: "q"}.get(0.25))
