# loop var modified in body
n = 10
s = 0
for i in range(3000):
    i += 5
    s += i
    n = 2
print(s, i, n)
# closures capturing loop var (late binding)
fs = []
for i in range(1500):
    fs.append(lambda: i)
    if i % 500 == 0:
        fs.append(lambda i=i: i)
print([f() for f in fs[:4]], fs[-1]())
def mk():
    out = []
    for j in range(1500):
        def g():
            return j * 2
        out.append(g)
        j = j + 0.5 if j == 1499 else j
    return out
gs = mk()
print(gs[0](), gs[-1]())
# list grows during iteration
L = [1]
for x in L:
    if len(L) < 3000:
        L.append(x + 1)
print(len(L), x)
# chained comparisons with side effects
calls = []
def side(v):
    calls.append(v)
    return v
c = 0
for i in range(2000):
    if 0 <= side(i % 5) < 3 < 10:
        c += 1
    if i - 1 < i < i + 1 == i + 1:
        c += 1
print(c, len(calls))
# in range/float
k = 0
for i in range(1500):
    if (i / 2) in range(1000): k += 1
    if i in range(0, 3000, 3): k += 10
    if -i in range(0, -3000, -7): k += 100
print(k)
# tuple unpacking / fib overflow
a, b = 0, 1
for i in range(1500):
    a, b = b, a + b
print(a % 10**20, len(str(b)))
x, y, z = 1, 2.0, 3
for i in range(1500):
    x, y, z = z, x, y
print(repr(x), repr(y), repr(z))
# star unpack in loop
t = 0
for i in range(1500):
    h, *rest = (i, i + 1, i + 2)
    *init, last = [i, -i]
    t += h + len(rest) + last + sum(init)
print(t, rest, init)
# string building
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
print(len(s), s[-30:], s[-1], s[-26:-20], s.count("abc"))
u = 0
for i in range(3000):
    u += ord(s[-(i % 26) - 1])
print(u)
for i in range(1500):
    try:
        c = s[3000 if i == 1400 else -3000]
    except IndexError as e:
        print("IE", i, e)
# enumerate/zip with break then continue iteration
it = iter(range(5000))
tot = 0
for v in it:
    tot += v
    if v == 1500:
        break
for v in it:
    tot -= v
    if v == 3000:
        break
print(tot, next(it))
z = zip(range(3000), "ab" * 1500)
cnt = 0
for a, b in z:
    cnt += a if b == "a" else -a
    if a == 1200: break
print(cnt, next(z))
for idx, val in enumerate(range(10, 3000), start=-5):
    pass
print(idx, val)
# range reassigned inside
r = range(2000)
for i in r:
    r = range(5)
print(i, r)
# nested loop var reuse
for i in range(1200):
    for i in range(3):
        pass
print(i)
