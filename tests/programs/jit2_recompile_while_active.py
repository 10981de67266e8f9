# A recursive function whose loop is compiled, then recompiled for other types by a
# nested activation while outer activations are still running the old code.
def walk(depth, seed):
    acc = seed
    for i in range(400):
        acc += i
        if i == 200 and depth > 0:
            nxt = 0.5 if depth % 2 else 2 ** 64
            acc += walk(depth - 1, nxt)
    return acc

print(walk(8, 0))
print(walk(9, 1))
print(walk(8, 1.5))

def mixed(depth, lst):
    t = 0
    for x in lst:
        t += x
        if x == 3 and depth:
            t += mixed(depth - 1, [1.5, 2.5, True, 10 ** 20] * 300 + [3])
    return t

print(mixed(4, list(range(1000))))

def gen_types(depth):
    vals = [1, 2.5, True, 2 ** 100, -3]
    out = 0
    for k in range(2000):
        v = vals[(k + depth) % 5] if depth else k
        out += v * 2
        if k == 1000 and depth < 4:
            out += gen_types(depth + 1)
    return out

print(gen_types(0))
