# One function called 3000 times with ints, then floats, then strings, lists and big ints.
def add(a, b):
    return a + b

def mul3(x):
    return x * 3

def describe(v):
    if v > v * 0:
        return 1
    return 0

r = 0
for i in range(3000):
    r = add(r, i)
print("ints", r)
f = 0.0
for i in range(3000):
    f = add(f, i * 0.1)
print("floats", repr(f))
s = ""
for i in range(3000):
    s = add(s, chr(97 + i % 26)) if i % 10 == 0 else s
print("strs", s[:40], len(s))
l = []
for i in range(3000):
    l = add(l, [i]) if i % 100 == 0 else l
print("lists", l[:8], len(l))
b = 2 ** 62
for i in range(3000):
    b = add(b, 2 ** 62)
print("bigs", b)
print([mul3(x) for x in (1, 2.5, "ab", [1], (0,), True, 2 ** 63)])

res = []
for i in range(6000):
    if i < 2000:
        arg = i - 1000
    elif i < 4000:
        arg = (i - 3000) * 0.5
    else:
        arg = (i - 5000) * 10 ** 19
    res.append(describe(arg))
print(sum(res[:2000]), sum(res[2000:4000]), sum(res[4000:]))

# a TypeError from mixing types inside the hot function, caught by the caller
errs = 0
last = None
for i in range(3000):
    try:
        add(i, "x" if i % 1000 == 999 else i)
    except TypeError as e:
        errs += 1
        last = str(e)
print(errs, last)
