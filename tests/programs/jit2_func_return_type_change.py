# A compiled function whose return type changes after compilation
# (int -> float -> None -> big int -> bool -> str), called from compiled loops and functions.
def f(x):
    if x < 2000:
        return x * 2
    if x < 2200:
        return x * 0.5
    if x < 2300:
        return None
    if x < 2400:
        return x * 2 ** 70
    if x < 2500:
        return x % 2 == 0
    return "s%d" % x

def caller(n):
    ints = 0
    floats = 0.0
    nones = 0
    bigs = 0
    bools = 0
    strs = []
    for i in range(n):
        r = f(i)
        if r is None:
            nones += 1
        elif type(r) is bool:
            bools += r
        elif type(r) is int:
            if r > 2 ** 63:
                bigs += r
            else:
                ints += r
        elif type(r) is float:
            floats += r
        else:
            strs.append(r)
    return ints, floats, nones, bigs, bools, len(strs), strs[-1]

print(caller(2600))

def g(x):
    return x + 1 if x < 3000 else x + 0.5

def add_chain(n):
    t = 0
    for i in range(n):
        t = t + g(i)
    return t

print(add_chain(2999))
print(add_chain(3001))
print(add_chain(2999))

def h(a, b):
    return a * b

def use_h(n):
    acc = 0
    for i in range(n):
        acc += h(i, i)
    return acc

print(use_h(3000))
print(h(2 ** 40, 2 ** 40), h(1.5, 2), h(True, True), h(-2 ** 62, 4))
print(use_h(3000))

def maybe_none(x):
    if x % 1000 == 999:
        return None
    return x

def sum_maybe(n):
    s = 0
    for i in range(n):
        v = maybe_none(i)
        if v is not None:
            s += v
        else:
            s -= 1
    return s

print(sum_maybe(3000))

def bool_ret(x):
    return x > 1500

def count_bools(n):
    c = 0
    for i in range(n):
        c += bool_ret(i)
        c += bool_ret(i) * 2
    return c

print(count_bools(3000))

def ret_overflow(x):
    return x * x * x

def cubes(n):
    out = 0
    for i in range(n):
        out += ret_overflow(i * 1000)
    return out

print(cubes(3000))
