# nonlocal / global interplay
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
print(inc(), inc(5), get())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    return mid(), x
print(outer())
g = 100
def setg():
    global g
    g = g + 1
    def nested():
        return g
    return nested()
print(setg(), g)
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def default_binding():
    return [(lambda i=i: i)() for i in range(3)]
print(default_binding())
def cell_after_def():
    def f():
        return y
    y = 7
    r1 = f()
    y = 8
    return r1, f()
print(cell_after_def())
def unbound():
    def f():
        return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound()
def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print("ULE", e)
    q = 3
local_unbound()
def shadow():
    len = lambda x: 42
    return len([1, 2])
print(shadow(), len([1, 2]))
def nl_del():
    a = 1
    def f():
        nonlocal a
        del a
    f()
    try:
        return a
    except NameError as e:
        return str(e)
print(nl_del())
def multi_level():
    a = 0
    def l1():
        def l2():
            def l3():
                nonlocal a
                a += 1
            l3(); l3()
        l2()
    l1()
    return a
print(multi_level())
x = "global"
def reads_global():
    return x
def shadows():
    x = "local"
    return reads_global()
print(shadows())
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for v in range(5):
        add(v)
    return total
print(gen_closure())
