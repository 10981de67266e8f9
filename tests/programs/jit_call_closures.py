# Closures called in hot loops: captured values, nonlocal counters, cells rebound mid-loop.
def make_adder(k):
    def add(x):
        return x + k
    return add

adders = [make_adder(k) for k in range(5)]
t = 0
for i in range(5000):
    t += adders[i % 5](i)
print(t)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1, c2 = counter(), counter()
for i in range(3000):
    c1()
    c2(i)
print(c1(0), c2(0))

# the captured cell is rebound while the closure is hot
def outer():
    scale = 1
    def use(x):
        return x * scale
    total = 0
    for i in range(5000):
        if i == 2500:
            scale = 2.5
        if i == 4000:
            scale = "a"
            break
        total += use(i)
    return total, use(3)

print(outer())

# closures created inside a hot loop capture the loop variable late
fs = []
for i in range(3000):
    fs.append(lambda: i)
print(fs[0](), fs[-1]())
fs = [lambda i=i: i * 2 for i in range(3000)]
print(sum(f() for f in fs))

# nested closures three levels deep
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b

s = 0
for i in range(3000):
    s += a(i)(2)(3)
print(s)

# closure over a list mutated outside
items = []
def total_items():
    return sum(items)
acc = 0
for i in range(3000):
    items.append(i)
    if i % 1000 == 999:
        acc += total_items()
print(acc)
