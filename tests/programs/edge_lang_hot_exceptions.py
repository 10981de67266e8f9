def leaf(i):
    if i == 2999:
        raise KeyError("leaf %d" % i)
    return i
def mid(i):
    try:
        return leaf(i)
    finally:
        mid.calls += 1
mid.calls = 0
def top():
    s = 0
    for i in range(3000):
        s += mid(i)
    return s
try:
    top()
except KeyError as e:
    print("KeyError", e, mid.calls)
def gen_hot():
    for i in range(3000):
        yield i
        if i == 2500:
            raise ValueError("gen hot")
s = 0
try:
    for v in gen_hot():
        s += v
except ValueError as e:
    print(s, e)
def rec_hot(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return rec_hot(n - 1)
    except IndexError:
        if n == 50:
            return "handled at 50"
        raise
for _ in range(200):
    r = rec_hot(60)
print(r)
def send_hot():
    def acc():
        t = 0
        while True:
            v = yield t
            t += v
    a = acc()
    next(a)
    for i in range(3000):
        last = a.send(i)
    return last
print(send_hot())
def yf_hot():
    def inner(k):
        yield k
        yield k + 1
        return k * 2
    def outer():
        tot = 0
        for k in range(1500):
            tot += yield from inner(k)
        return tot
    g = outer()
    vals = []
    try:
        while True:
            vals.append(next(g))
    except StopIteration as e:
        return len(vals), sum(vals), e.value
print(yf_hot())
def exc_types():
    out = []
    for i in range(3000):
        try:
            if i % 3 == 0:
                {}[i]
            elif i % 3 == 1:
                [][i]
            else:
                1 // 0
        except (KeyError, IndexError) as e:
            out.append(type(e).__name__[0])
        except ZeroDivisionError:
            out.append("Z")
    return "".join(out[:6]), len(out)
print(exc_types())
