# A variable whose type changes int -> float -> str -> list while the loop is hot.
def morph(n):
    v = 0
    log = []
    for i in range(n):
        if i < 2000:
            v = v + 1
        elif i < 3000:
            if i == 2000:
                v = float(v)
            v = v + 0.5
        elif i < 4000:
            if i == 3000:
                v = str(v)
            v = v + "x" if i % 100 == 0 else v
        else:
            if i == 4000:
                v = [v]
            v = v + [i] if i % 250 == 0 else v
        if i % 500 == 499:
            log.append((i, type(v).__name__, v if not isinstance(v, list) else len(v)))
    return v, log

v, log = morph(5000)
for entry in log:
    print(entry)
print(v)

# module-level variable changing type in a hot loop, with an operation that works on all
acc = 0
x = 1
for i in range(6000):
    if i == 1500:
        x = 1.25
    elif i == 3000:
        x = 10 ** 20
    elif i == 4500:
        x = True
    acc = acc + x * 2
print(repr(acc), type(acc).__name__)

# multiplication by int where the other operand becomes str / list / tuple
parts = []
for i in range(3000):
    y = 3 if i < 2998 else ("ab" if i == 2998 else [0, 1])
    parts.append(y * 2)
print(parts[0], parts[-2], parts[-1], len(parts))
