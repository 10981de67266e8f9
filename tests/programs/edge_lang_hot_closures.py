def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = make_counter()
for _ in range(3000):
    c()
print(c())
def hot_nonlocal():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5000):
        add(i)
        if i == 2500:
            total = -1000000
    return total
print(hot_nonlocal())
g = 0
def bump():
    global g
    g += 1
for i in range(4000):
    bump()
    if i == 2000:
        g = 0.5
print(g)
def closures_in_loop():
    fs = []
    for i in range(2000):
        fs.append(lambda i=i: i * 2)
    return sum(f() for f in fs)
print(closures_in_loop())
def cell_changes_type():
    x = 0
    def get():
        return x
    out = []
    for i in range(3000):
        if i == 1500:
            x = "str"
        elif i < 1500:
            x = i
        out.append(get())
    return out[1499], out[1500], out[-1]
print(cell_changes_type())
def hot_try():
    hits = 0
    for i in range(5000):
        try:
            if i % 1000 == 999:
                raise ValueError(i)
            hits += 1
        except ValueError as e:
            hits += 1000
        finally:
            hits += 0
    return hits
print(hot_try())
def hot_break_continue():
    acc = []
    for i in range(50):
        for j in range(100):
            if j % 7 == 3:
                continue
            if j > 90:
                break
            if (i * j) % 997 == 996:
                acc.append((i, j))
    return acc
print(hot_break_continue())
class CM:
    entered = 0
    def __enter__(self):
        CM.entered += 1
        return self
    def __exit__(self, *a):
        return a[0] is KeyError
def hot_with():
    for i in range(3000):
        with CM():
            if i == 2999:
                raise KeyError("suppressed")
    return CM.entered
print(hot_with())
def hot_gen():
    def g(n):
        for i in range(n):
            yield i * i
    s = 0
    for k in range(1500):
        s += sum(g(3))
    return s
print(hot_gen())
def hot_method_rebind():
    class A:
        def f(self):
            return 1
    a = A()
    t = 0
    for i in range(4000):
        if i == 2000:
            A.f = lambda self: 100
        t += a.f()
    return t
print(hot_method_rebind())
def hot_attr_delete():
    class A:
        pass
    a = A()
    a.x = 1
    t = 0
    for i in range(3000):
        try:
            t += a.x
        except AttributeError:
            t -= 1
        if i == 1500:
            del a.x
    return t
print(hot_attr_delete())
def hot_unpack():
    t = 0
    pairs = [(i, -i) for i in range(2000)] + [(1, 2, 3)]
    try:
        for a, b in pairs:
            t += a + b
    except ValueError as e:
        return t, str(e)
print(hot_unpack())
def hot_kwargs(a, b=1, *args, c=2, **kw):
    return a + b + c + len(args) + len(kw)
print(sum(hot_kwargs(i, c=i, z=1) for i in range(3000)))
def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)
print(sum(fact_rec(20) for _ in range(1500)) == 1500 * fact_rec(20), fact_rec(30))
