# Generators consumed by hot for-loops: infinite generators, yield in loops, send-free pipelines.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def squares(src):
    for v in src:
        yield v * v

def take(src, k):
    for i, v in enumerate(src):
        if i >= k:
            return
        yield v

total = 0
for v in take(squares(naturals()), 5000):
    total += v
    if v % 1000 == 0 and v < 10 ** 6:
        print("sq", v, total)
print(total)

# generator whose yielded type changes mid-stream
def mixed(n):
    for i in range(n):
        if i < 2500:
            yield i
        elif i < 4000:
            yield i + 0.5
        else:
            yield 2 ** 64 + i

acc = 0
for x in mixed(5000):
    acc += x
print(repr(acc))

# generator that raises mid-way; the consumer loop catches it
def fragile(n):
    for i in range(n):
        if i == 2700:
            raise ValueError("fragile at %d" % i)
        yield i

got = 0
try:
    for x in fragile(5000):
        got += 1
except ValueError as e:
    print(got, e)

# generator with return value observed via StopIteration / yield from
def producer(n):
    s = 0
    for i in range(n):
        s += i
        yield i
    return s

def delegate(n):
    result = yield from producer(n)
    yield ("result", result)

items = list(delegate(3000))
print(len(items), items[-2], items[-1])

# fibonacci generator growing past 64 bits
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

for i, f in enumerate(fibs()):
    if i == 3000:
        print(i, f % 10 ** 20, len(str(f)))
        break

# partially consumed generator resumed by a second loop
g = naturals()
first = 0
for v in g:
    first += v
    if v == 2000:
        break
second = 0
for v in g:
    second += v
    if v == 4000:
        break
print(first, second, next(g))
