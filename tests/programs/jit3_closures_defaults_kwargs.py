def outer():
    count = 0
    def inc(k=1):
        nonlocal count
        count += k
        return count
    for i in range(3000):
        inc()
        if i == 2000:
            inc(k=0.5)
        if i == 2500:
            inc(10**20)
    return count
print(outer())
def make():
    x = 0
    def get():
        return x
    def setx(v):
        nonlocal x
        x = v
    return get, setx
get, setx = make()
acc = 0
for i in range(3000):
    acc += get()
    if i == 1500:
        setx(7)
    if i == 2500:
        setx(2**70)
print(acc)
# closure variable modified in hot loop, read by inner function
def outer2():
    y = 1
    fs = []
    def read():
        return y * 2
    s = 0
    for i in range(2000):
        y = i
        s += read()
    return s, y
print(outer2())
# default args
def d(a, b=10, *, c=100):
    return a + b * c
s = 0
for i in range(3000):
    s += d(i) + d(i, 2) + d(i, c=1) + d(b=i, a=1) + d(i, b=-1, c=-1)
print(s)
def mut(x, acc=[]):
    acc.append(x)
    return len(acc)
for i in range(1500):
    r = mut(i)
print(r, mut.__defaults__[0][-3:])
def kw(a, b, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))
for i in range(1500):
    r1 = kw(1, 2, d=4)
    r2 = kw(1, 2, 3, 4, 5, d=6, z=i)
    r3 = kw(*[1, 2], **{"d": i, "e": 0})
print(r1, r2, r3)
# recursion with mixed return types
def rec(n):
    if n <= 0:
        return None
    if n % 3 == 0:
        return 1.5
    r = rec(n - 1)
    if r is None:
        return n
    return r + n
t = []
for i in range(1500):
    t.append(rec(i % 20))
print(t[:25], sum(x for x in t if x is not None))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def fibf(n):
    if n < 2:
        return float(n) if n == 1 else 0
    return fibf(n - 1) + fibf(n - 2)
print(fibf(18))
def ack(n):
    if n == 0: return 0
    if n == 100: return 2**64
    return ack(n - 1) + 1
for i in range(300):
    z = ack(150)
print(z)
# nonlocal in nested loops
def counter():
    c = 0
    def bump():
        nonlocal c
        c = c + 1 if c < 1200 else float(c) + 1
    for _ in range(2500):
        bump()
    return c
print(repr(counter()))
