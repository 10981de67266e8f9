# Functions rebound while compiled callers keep calling them; defaults and keyword
# calls mixed with positional calls of the same compiled function.
def step(x):
    return x + 1

def drive(n):
    t = 0
    for i in range(n):
        t = step(t)
        if i == 1500:
            rebind()
    return t

def rebind():
    global step
    def step(x):
        return x + 1000
    return None

print(drive(3000))
print(drive(3000))

def scale(x, k=2, off=0):
    return x * k + off

def mix(n):
    acc = 0
    for i in range(n):
        m = i % 4
        if m == 0:
            acc += scale(i)
        elif m == 1:
            acc += scale(i, 3)
        elif m == 2:
            acc += scale(i, off=5)
        else:
            acc += scale(k=1, x=i, off=-1)
    return acc

print(mix(3000))
def scale(x, k=10, off=100):
    return x - k - off
print(mix(3000))

def defaults_float(x, y=0.5):
    return x + y

def redefine():
    global defaults_float
    def defaults_float(x, y=10 ** 20):
        return x - y

acc = 0
for i in range(3000):
    acc += defaults_float(i)
    if i == 2000:
        redefine()
print(acc)

def a(x):
    return x * 2

def b(x):
    return x * 3

fs = [a, b]
tot = 0
for i in range(3000):
    tot += fs[i % 2](i)
    if i == 2500:
        fs[0] = lambda x: -x
print(tot)

class Holder:
    def __init__(self):
        self.f = a

h = Holder()
tot = 0
for i in range(3000):
    tot += h.f(i)
    if i == 1000:
        h.f = b
print(tot)

def outer(n):
    def inner(v):
        return v + n
    s = 0
    for i in range(3000):
        s += inner(i)
    return s

print(outer(1), outer(2.5), outer(10 ** 19))

def kwonly(x, *, k=3):
    return x * k

s = 0
for i in range(3000):
    s += kwonly(i) + kwonly(i, k=-1)
print(s)

def varargs(*args):
    return len(args) + sum(args)

s = 0
for i in range(3000):
    s += varargs(i, i, 1)
print(s)
