# Comparisons between ints and floats must be exact (no rounding of the int to float),
# in compiled loops (fused compare+branch) and compiled functions.
F53 = 9007199254740992.0      # 2**53
F63 = 9223372036854775808.0   # 2**63

def classify(a, f):
    if a < f:
        return -1
    if a > f:
        return 1
    if a == f:
        return 0
    return 99

out = []
for i in range(3000):
    out.append(classify(2 ** 53 + (i % 5) - 2, F53))
print(out[-10:])

out = []
for i in range(3000):
    out.append(classify(2 ** 63 - 1 - (i % 3), F63))
print(out[-6:])

out = []
for i in range(3000):
    out.append(classify(-(2 ** 63) + (i % 3), -F63))
print(out[-6:])

def count_below(n, f):
    c = 0
    for i in range(n):
        v = 2 ** 53 - 1500 + i
        if v <= f:
            c += 1
        if f != v:
            c += 1000
    return c

print(count_below(3000, F53))
print(count_below(3000, F53 + 2.0))

def chained(n):
    c = 0
    for i in range(n):
        v = 2 ** 53 - 1500 + i
        if 9007199254739000.0 < v < F53:
            c += 1
        elif F53 <= v <= F53 + 4.0:
            c += 100
    return c

print(chained(3000))

def vs_special(n):
    inf = float("inf")
    nan = float("nan")
    c = [0, 0, 0, 0]
    for i in range(n):
        v = i * 2 ** 50
        if v < inf:
            c[0] += 1
        if v > -inf:
            c[1] += 1
        if v == nan or v < nan or v > nan:
            c[2] += 1
        if v != nan:
            c[3] += 1
    return c

print(vs_special(3000))

def bool_vs_float(n):
    c = 0
    for i in range(n):
        b = i % 2 == 0
        if b == 1.0:
            c += 1
        if b < 0.5:
            c += 10
    return c

print(bool_vs_float(3000))

def min_max_mixed(n):
    out = []
    for i in range(n):
        a = 2 ** 53 + 1
        f = F53
        out.append((max(a, f), min(a, f), max(f, a), min(f, a)))
    return out[-1]

print(min_max_mixed(3000))
