import random
G = 1
def rebind(v):
    global G
    G = v
s = 0
for i in range(3000):
    s += G
    if i == 1500:
        rebind(2.5)
    if i == 2000:
        rebind(10**20)
    if i == 2500:
        rebind(True)
print(s)
def setlen():
    global len
    len = lambda x: 100
def user():
    t = 0
    for i in range(2000):
        t += len([i])
        if i == 1200:
            setlen()
    return t
print(user())
del len
print(len([1, 2]))
# shadow builtin at module level mid-run
def h(x):
    return abs(x) + min(x, 3)
r = 0
for i in range(3000):
    r += h(-i)
    if i == 1700:
        abs = lambda x: 0
    if i == 2300:
        del abs
print(r)
# random reseed mid loop
random.seed(42)
vals = []
for i in range(3000):
    if i == 1500:
        random.seed(42)
    vals.append(random.random())
print(vals[:3] == vals[1500:1503], vals[1499], vals[2999])
random.seed(7)
acc = 0
for i in range(3000):
    acc += random.randint(1, 6)
    if i == 2000:
        random.seed(7)
        pass
    if i == 2500:
        random.seed(7)
print(acc)
def roll():
    return random.randrange(100) + random.random()
random.seed(3)
t = 0.0
for i in range(2000):
    t += roll()
    if i == 1100:
        random.seed("abc")
print(t)
L = list(range(50))
random.seed(5)
for i in range(1200):
    random.shuffle(L)
    c = random.choice(L)
print(L[:10], c, random.uniform(1, 2), random.gauss(0, 1))
# rebind a function used in a hot loop
def f(x): return x + 1
def setf():
    global f
    f = lambda x: x * 2.0
def caller():
    s = 0
    for i in range(3000):
        s += f(i)
        if i == 1500:
            setf()
    return s
print(caller())
# global deleted mid loop
H = 5
def usesH():
    return H
try:
    for i in range(2000):
        usesH()
        if i == 1600:
            del H
except NameError as e:
    print("NE", e, i)
