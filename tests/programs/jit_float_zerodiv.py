# ZeroDivisionError raised and caught inside hot loops, int and float variants and messages.
def run(kind, n):
    ok = 0
    msgs = []
    acc = 0
    for i in range(n):
        d = 0 if i % 1000 == 999 else (i % 9) + 1
        try:
            if kind == "int/":
                acc += i / d
            elif kind == "int//":
                acc += i // d
            elif kind == "int%":
                acc += i % d
            elif kind == "float/":
                acc += i / (d * 1.0)
            elif kind == "float//":
                acc += (i * 1.0) // d
            elif kind == "float%":
                acc += (i + 0.5) % float(d)
            elif kind == "divmod":
                acc += divmod(i * 1.0, d)[1]
            elif kind == "intdivmod":
                acc += divmod(i, d)[0]
            ok += 1
        except ZeroDivisionError as e:
            msgs.append(str(e))
    return ok, acc, sorted(set(msgs)), len(msgs)

for k in ("int/", "int//", "int%", "float/", "float//", "float%", "divmod", "intdivmod"):
    print(k, run(k, 3000))

# the divisor becomes zero only once, after the loop is hot
total = 0
for i in range(5000):
    d = 2500 - i
    try:
        total += 10 ** 6 // d
    except ZeroDivisionError as e:
        print("at", i, type(e).__name__, e)
print(total)

# float power of zero
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
x = 0.0
for i in range(3000):
    x += 1.0 / (i - 2999.5)
print(repr(x))
