# Compiled callers passing constant arguments (bool, float, int, None, -0.0) to
# compiled callees, and callees returning constants of those types.
def f(a, b, c):
    if a:
        return b * c
    return -c

def g(x):
    if x is None:
        return False
    if x > 1000:
        return True
    return x

def h(v):
    return v

def loop(n):
    t = 0.0
    bools = 0
    for i in range(n):
        t += f(True, 2.5, i) + f(False, 7, -0.0) + f(1, True, 3)
        r = g(None)
        bools += r is False
        q = g(i)
        if q is True:
            bools += 1
        t += h(-0.0) + h(1e308) * 0 + h(True)
    return t, bools, repr(h(-0.0)), repr(f(False, 1, 0.0)), repr(f(True, -0.0, 5))

print(loop(3000))

def const_returns(k):
    if k == 0:
        return 0
    if k == 1:
        return 0.0
    if k == 2:
        return False
    if k == 3:
        return -0.0
    if k == 4:
        return None
    return 2 ** 65

def use_const_returns(n):
    out = []
    for i in range(n):
        v = const_returns(i % 6)
        if i >= n - 6:
            out.append(repr(v))
    return out

print(use_const_returns(3000))
