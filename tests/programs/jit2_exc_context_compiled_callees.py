# Exceptions raised inside compiled callees while the caller is handling another
# exception get it as __context__; bare raise in handlers after compiled calls.
def frameless(x):
    return 10 // x

def framed(lst, i):
    return lst[i] // lst[0]

def deep(n):
    if n == 0:
        return {}["missing"]
    return deep(n - 1) + 1

for i in range(1, 3000):
    frameless(i)
    framed([i, 2], 1)
    deep(2) if False else None

def probe(kind):
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            if kind == 0:
                frameless(0)
            elif kind == 1:
                framed([0, 5], 1)
            else:
                deep(5)
        except (ZeroDivisionError, KeyError) as e:
            return repr(e), repr(e.__context__), e.__suppress_context__

for k in range(3):
    print(probe(k))

def reraiser(n):
    caught = []
    for i in range(n):
        try:
            try:
                frameless(i % 100)
            except ZeroDivisionError:
                frameless(1)
                raise
        except ZeroDivisionError as e:
            caught.append((i, str(e), e.__context__ is None))
    return caught[:3], len(caught)

print(reraiser(3000))

def chained_in_loop(n):
    res = []
    for i in range(n):
        try:
            try:
                framed([i % 500, 1], 1)
            except ZeroDivisionError as z:
                raise ValueError("v%d" % i) from None
        except ValueError as v:
            res.append((str(v), v.__cause__, type(v.__context__).__name__, v.__suppress_context__))
    return res[:2], len(res)

print(chained_in_loop(3000))
