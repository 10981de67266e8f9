def inner(x, L):
    return L[x] // (x - 1500)
def mid(x, L):
    t = 0
    for j in range(3):
        t += inner(x, L)
    return t
L = list(range(5000))
s = 0
for i in range(3000):
    try:
        s += mid(i, L)
    except ZeroDivisionError as e:
        print("caught", i, e, type(e).__name__)
print(s)
def thrower(i):
    if i == 1700:
        raise ValueError("bad %d" % i)
    return i
def loop():
    out = 0
    for i in range(2000):
        out += thrower(i)
    return out
try:
    loop()
except ValueError as e:
    print("VE", e)
def chain(i):
    try:
        return 1 // (i - 1800)
    except ZeroDivisionError as e:
        raise KeyError(i) from e
for i in range(2000):
    try:
        chain(i)
    except KeyError as e:
        print("KE", repr(e), repr(e.__cause__), e.__suppress_context__)
def ctx(i):
    try:
        return [][i - 1900 if i >= 1900 else 0:][0]
    except IndexError:
        return {}[i]
for i in range(1950):
    try:
        ctx(i)
    except KeyError as e:
        if i % 300 == 0:
            print("ctx", repr(e), repr(e.__context__))
