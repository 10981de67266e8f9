# Functions with defaults, keyword arguments, *args and **kwargs called from hot loops.
def f(a, b=2, *rest, c=10, **kw):
    return a * b + c + len(rest) + sum(rest) + len(kw) + kw.get("d", 0)

total = 0
for i in range(3000):
    total += f(i)
    total += f(i, 3)
    total += f(i, 3, 4, 5)
    total += f(i, c=1)
    total += f(a=i, b=1, d=7)
    total += f(i, 1, *(i, i), c=0, **{"d": 2, "e": 3})
    if i % 1000 == 0:
        print("f", i, total)
print(total)

def kwonly(*, x, y=5):
    return x - y

def posonly(a, b, /, c=0):
    return a + b * c

s = 0
for i in range(3000):
    s += kwonly(x=i) + kwonly(y=i, x=1) + posonly(i, 2) + posonly(1, 2, c=i)
print(s)

# default argument object is shared across hot calls
def collect(v, into=[]):
    into.append(v)
    return len(into)

for i in range(2500):
    n = collect(i)
print(n, collect("x"))

# argument errors raised inside a hot loop, caught with CPython's messages
errs = []
for i in range(3000):
    try:
        if i == 2100:
            f()
        elif i == 2200:
            kwonly(1)
        elif i == 2300:
            posonly(a=1, b=2)
        elif i == 2400:
            f(1, a=2)
        elif i == 2500:
            kwonly(x=1, z=2)
        else:
            f(i, i)
    except TypeError as e:
        errs.append((i, str(e)))
for e in errs:
    print(e)

def varsum(*args):
    t = 0
    for a in args:
        t += a
    return t

acc = 0
for i in range(3000):
    acc += varsum(*range(i % 10)) + varsum() + varsum(i, 0.5 if i == 2999 else 0)
print(repr(acc))

def kwsum(**kw):
    return sum(kw.values()), sorted(kw)

last = None
for i in range(3000):
    last = kwsum(a=i, b=i * 2, **({"z": 1} if i % 2 else {}))
print(last)
