# and / or / not short-circuit with side effects inside hot loops; truthiness of values.
calls = [0, 0, 0]

def t(k, v):
    calls[k] += 1
    return v

def run(n):
    a = b = c = 0
    for i in range(n):
        if t(0, i % 3 == 0) and t(1, i % 5 == 0):
            a += 1
        if t(0, i % 2 == 0) or t(2, i % 7 == 0):
            b += 1
        if not (t(1, i % 4 == 1) and not t(2, i % 6 == 2)):
            c += 1
    return a, b, c

print(run(4000), calls)

# and/or return operands, not booleans
vals = [0, 1, "", "x", None, [], [0], 0.0, -1, 2 ** 70]
out = []
for i in range(3000):
    x = vals[i % len(vals)]
    y = vals[(i * 3 + 1) % len(vals)]
    r1 = x and y
    r2 = x or y
    r3 = not x
    if i >= 2990:
        out.append((r1, r2, r3))
print(out)

# a condition whose truthiness changes type mid-loop (int -> str -> list -> None)
flag = 1
hits = 0
for i in range(6000):
    if i == 2000:
        flag = "s"
    elif i == 3000:
        flag = ""
    elif i == 4000:
        flag = [1]
    elif i == 5000:
        flag = None
    if flag and i % 2:
        hits += 1
    elif not flag:
        hits += 1000
print(hits)

# bool arithmetic stays int-like
s = 0
for i in range(3000):
    s += (i > 1500) + (i % 2 == 0) * 2 - (not i)
print(s, True + True, True * 10, -True, ~True, True / 2, type(True & False).__name__, True | 2)
