# Hot loops inside generators (compiled on the generator's frame between yields),
# with send(), throw() and close() between resumptions.
def worker():
    total = 0
    while True:
        try:
            n = yield total
        except ValueError as e:
            total = -len(str(e))
            continue
        if n is None:
            n = 10
        acc = 0
        for i in range(n):
            acc += i * i
            if acc > 10 ** 12:
                acc = acc % 1000003
        total += acc

w = worker()
print(next(w))
for n in (5000, 3000, 0, 7000):
    print(w.send(n))
print(w.throw(ValueError("bad input")))
print(w.send(4000))
print(next(w))
w.close()
try:
    w.send(1)
except StopIteration:
    print("closed")

def chunked(data, size):
    buf = []
    for x in data:
        buf.append(x)
        if len(buf) == size:
            s = 0
            for v in buf:
                s += v
            yield s
            buf = []
    if buf:
        yield sum(buf)

print(list(chunked(list(range(10000)), 1500)))
print(sum(chunked(range(10000), 777)))

def fib_gen():
    a, b = 0, 1
    while True:
        for _ in range(100):
            a, b = b, a + b
        yield a % 1000000007

g = fib_gen()
print([next(g) for _ in range(5)])
