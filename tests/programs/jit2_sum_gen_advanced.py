# sum() over def-generators that were advanced with next() first, so sum() resumes
# them in the middle of their loop (native reduction on the generator's frame).
side = []

def effects(n):
    c = 0
    for i in range(n):
        c += 2
        if i % 700 == 0:
            side.append((i, c))
        yield c

g = effects(3000)
print(next(g), sum(g), side)

def nested(n, m):
    t = 0
    for i in range(n):
        t += 1
        for j in range(m):
            yield i * m + j + t

for skip in (0, 1, 5, 49, 50, 51):
    g = nested(60, 50)
    pre = [next(g) for _ in range(skip)]
    print(skip, sum(pre), sum(g))

def floats(n):
    x = 0.0
    for i in range(n):
        x += 0.1
        yield x

g = floats(3000)
next(g)
print(repr(sum(g)))
g = floats(3000)
next(g)
print(repr(sum(g, 10 ** 18)))
g = floats(3000)
next(g)
print(repr(sum(g, -0.0)))

def ints_then_floats(n):
    for i in range(n):
        yield i if i < n // 2 else i + 0.25

g = ints_then_floats(4000)
next(g)
print(repr(sum(g)))

def overflow_items(n):
    v = 1
    for i in range(n):
        v = v * 3 if i % 2 else v
        yield v

g = overflow_items(400)
next(g)
print(sum(g))

def bools(n):
    for i in range(n):
        yield i % 3 == 0

g = bools(3000)
next(g)
print(sum(g), sum(g))

def raises_late(n):
    total = 0
    for i in range(n):
        total += i
        if i == n - 5:
            raise ValueError(total)
        yield i

g = raises_late(3000)
next(g)
try:
    sum(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))

def catches_inside(n):
    for i in range(n):
        try:
            r = 10 // (i % 1000)
        except ZeroDivisionError:
            r = 1000
        yield r

g = catches_inside(3000)
next(g)
print(sum(g))

def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        side.append("finally %d" % n)

g = with_finally(3000)
next(g)
print(sum(g), side[-1])

def resumed_twice(n):
    for i in range(n):
        yield i

g = resumed_twice(5000)
next(g)
it_sum = 0
for v in g:
    it_sum += v
    if v == 2000:
        break
print(it_sum, sum(g))

def closure_counter(n):
    count = 0
    def bump():
        nonlocal count
        count += 1
    for i in range(n):
        bump()
        yield count
    yield -count

g = closure_counter(3000)
next(g)
print(sum(g))

glob_acc = 0
def global_writer(n):
    global glob_acc
    for i in range(n):
        glob_acc += i
        yield glob_acc % 7

g = global_writer(3000)
next(g)
print(sum(g), glob_acc)
