# Many live locals of different types across a hot loop that deoptimizes mid-way (OSR state kept).
def many(n):
    a = 0
    b = 1.5
    c = "s"
    d = [0]
    e = (1, 2)
    f = None
    g = 2 ** 62
    h = True
    k = -7
    for i in range(n):
        a += i
        b *= 1.0001
        g += i
        k = -k
        if i % 1000 == 0:
            c = c + str(i % 10)
            d.append(i)
        if i == 2500:
            f = {"i": i}
            h = a > 10 ** 6
            e = e + (i,)
        if i % 1250 == 0:
            print("s", i, a, repr(b), c, d[-1], e, f, g, h, k)
    return a, repr(b), c, d, e, f, g, h, k, i

print(many(5000))

# outer loop state survives an inner loop that gets compiled and then deopts
def nested(rows, cols):
    grand = 0
    acc_f = 0.0
    tags = []
    for r in range(rows):
        row_sum = 0
        for c in range(cols):
            v = r * cols + c
            if v == 4321:
                v = v * 1.5
            if v == 5555:
                v = 2 ** 70
            row_sum += v
        grand += row_sum
        acc_f += row_sum / cols
        if r % 10 == 9:
            tags.append((r, row_sum))
    return grand, repr(acc_f), tags

g, f, tags = nested(60, 100)
print(g, f)
print(tags)

# a while loop whose condition variables change type mid-loop
def w():
    i = 0
    limit = 3000
    step = 1
    out = 0
    while i < limit:
        out += i
        i += step
        if i == 2000:
            step = 0.5
            limit = 2500.25
    return i, out, step, limit

print(w())

# deopt inside the else branch of a hot loop
def loop_else(n):
    s = 0
    for i in range(n):
        s += i
    else:
        s = s * 1.0 if n > 2999 else s
        s += 0.25
    return s

print(loop_else(2999), loop_else(3000))
