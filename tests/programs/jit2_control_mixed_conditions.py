# while loops with compound conditions, chained comparisons mixing int/float/bool,
# and/or returning operands, walrus, truthiness of NaN/-0.0 in compiled loops.
NAN = float("nan")

def andor(n):
    out = []
    for i in range(n):
        a = i % 3
        b = i * 0.5
        c = i % 5 == 0
        x = a and b
        y = a or b
        z = c and a or b
        w = (not a) + (not b) + (not c)
        if i % 600 == 1:
            out.append((x, y, z, w))
    return out

print(andor(3000))

def chained(n):
    cnt = [0] * 6
    for i in range(n):
        f = i / 7
        if 0 < i < 2000.5:
            cnt[0] += 1
        if 100.0 <= f < 200 <= i:
            cnt[1] += 1
        if i == f * 7 == i:
            cnt[2] += 1
        if -1 < (i % 2 == 0) < 1.5:
            cnt[3] += 1
        if f != f or NAN < i or i < NAN or NAN == NAN:
            cnt[4] += 1
        if 1 < 2 < 3.0 > 2.5 >= i % 3:
            cnt[5] += 1
    return cnt

print(chained(3000))

def while_complex(n):
    i = 0
    j = n
    steps = 0
    x = 0.0
    while (i < j and x < 1e6) or (steps % 7 == 3 and steps < n * 2):
        i += 2
        j -= 1
        x += i * 0.25
        steps += 1
    return i, j, x, steps

print(while_complex(3000))

def walrus(data):
    total = 0
    found = []
    i = 0
    while (v := data[i]) is not None:
        if (sq := v * v) > 2_000_000 and len(found) < 5:
            found.append(sq)
        total += v
        i += 1
    return total, found, i

print(walrus(list(range(3000)) + [None]))

def truthiness(n):
    vals = [0, 0.0, -0.0, NAN, 1, -1, 0.5, True, False, None, "", "x", [], [0]]
    counts = [0] * len(vals)
    for i in range(n):
        k = i % len(vals)
        v = vals[k]
        if v:
            counts[k] += 1
        if not v:
            counts[k] -= 1
    return counts

print(truthiness(3000))

def bool_arith(n):
    t = True
    f = False
    acc = 0
    for i in range(n):
        b = i % 2 == 0
        acc += b + t * 2 - f + (b << 3) + (b ^ True) + (~b) + (-b) + b * 1.5 + (b | 2) + (b & t) + b // t + b % 2 + b ** 2
    return acc, True + True, -True, ~False, True / 2, True // True

print(bool_arith(3000))

def minmax_types(n):
    res = None
    for i in range(n):
        res = (max(i, 2.5), min(i % 2 == 0, 0), max(True, 1), max(1, True), min(0.0, -0.0), min(-0.0, 0.0), max(i, float(i)), max(float(i), i), min(False, 0))
    return res

print(minmax_types(3000))
