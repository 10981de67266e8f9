# Closures sharing one code object with different cells, called from compiled loops;
# cells rebound through nonlocal while compiled callers run; lambdas in lists.
def make(k):
    def f(x):
        return x + k
    return f

f1 = make(1)
f2 = make(100)
f3 = make(0.5)
f4 = make(2 ** 70)

def drive(n):
    t = 0
    for i in range(n):
        t += f1(i) - f2(i)
    return t

print(drive(3000))

def drive_all(n):
    fs = [f1, f2, f3, f4]
    t = 0
    for i in range(n):
        t += fs[i % 4](i)
    return t

print(drive_all(3000))

def counter():
    count = 0
    def bump(by):
        nonlocal count
        count += by
        return count
    def reset(v):
        nonlocal count
        count = v
    return bump, reset

bump, reset = counter()
acc = 0
for i in range(3000):
    acc += bump(2)
    if i == 1500:
        reset(-10 ** 6)
    if i == 2500:
        reset(0.5)
print(acc, bump(0))

def adders():
    return [lambda x, k=k: x * k for k in range(5)]

ad = adders()
s = 0
for i in range(3000):
    s += ad[i % 5](i)
print(s)

def late_binding():
    fs = [lambda x: x + k for k in range(5)]
    t = 0
    for i in range(3000):
        t += fs[i % 5](i)
    return t

print(late_binding())

def rebinding_cell(n):
    scale = 2
    def apply(v):
        return v * scale
    out = 0
    for i in range(n):
        out += apply(i)
        if i == n // 2:
            scale = 3
        if i == n - 100:
            scale = 1.5
    return out

print(rebinding_cell(3000))

def recursive_closure(n):
    memo = {}
    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    tot = 0
    for i in range(n):
        tot += fib(i % 90)
    return tot

print(recursive_closure(3000))
