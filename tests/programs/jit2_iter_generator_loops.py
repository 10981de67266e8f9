# Compiled loops iterating generators and other iterators through the runtime:
# generators closed, sent to or raising while the loop runs; enumerate/zip/map.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i += got
        i += 1
    return "done"

def close_midway(n):
    g = counter(n)
    tot = 0
    for x in g:
        tot += x
        if x == 2500:
            g.close()
    return tot

print(close_midway(4000))

def send_midway(n):
    g = counter(n)
    tot = 0
    for x in g:
        tot += x
        if x % 1000 == 999:
            try:
                tot += g.send(100) * 1000
            except StopIteration as e:
                return tot, "stopped", e.value
    return tot

print(send_midway(5000))
print(send_midway(5150))

def raising(n):
    for i in range(n):
        if i == n - 3:
            raise KeyError("gen %d" % i)
        yield i

def catch_from_gen(n):
    tot = 0
    try:
        for x in raising(n):
            tot += x
    except KeyError as e:
        return tot, str(e)
    return tot, None

print(catch_from_gen(3000))

def stop_iter_inside(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration
        yield i

try:
    t = 0
    for x in stop_iter_inside(3000):
        t += x
except RuntimeError as e:
    print("RuntimeError", e, t)

def enum_zip(n):
    a = list(range(n))
    b = [x * 0.5 for x in range(n)]
    s = 0.0
    for i, (x, y) in enumerate(zip(a, b)):
        s += i * x - y
    for k, v in enumerate(map(lambda q: q * 3, a), start=10):
        s += k - v
    return s

print(enum_zip(3000))

def strict_zip(n):
    try:
        t = 0
        for x, y in zip(range(n), range(n - 1), strict=True):
            t += x + y
    except ValueError as e:
        return t, str(e)

print(strict_zip(3000))

def dict_iter_mutation(n):
    d = {i: i for i in range(n)}
    t = 0
    try:
        for k in d:
            t += k
            if k == n - 500:
                d[-1] = 0
    except RuntimeError as e:
        return t, str(e)
    return t, None

print(dict_iter_mutation(3000))

def set_iter(n):
    s = set(range(n))
    t = 0
    for v in s:
        t += v
    try:
        for v in s:
            if v == 100:
                s.discard(v)
    except RuntimeError as e:
        return t, str(e)
    return t, None

print(set_iter(3000))

def string_iter(n):
    text = "abcde" * (n // 5)
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items())

print(string_iter(3000))


def gen_return_value(n):
    def inner():
        r = yield from counter(n)
        yield r
    out = None
    c = 0
    for v in inner():
        c += 1
        out = v
    return c, out

print(gen_return_value(3000))
