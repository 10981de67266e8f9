# An iterator object shared between a for loop and explicit next() calls.
def pairs(n):
    lst = list(range(n))
    it = iter(lst)
    acc = 0
    for x in it:
        y = next(it, -1)
        acc += x * 3 + y
    return acc

print(pairs(3001))

def pairs_range(n):
    it = iter(range(n))
    acc = 0
    cnt = 0
    for x in it:
        cnt += 1
        if x % 3 == 0:
            acc += next(it)
        else:
            acc -= x
    return acc, cnt

print(pairs_range(5000))

def break_resume(n):
    it = iter(list(range(n)))
    a = 0
    for x in it:
        a += x
        if x == 2500:
            break
    b = 0
    for x in it:
        b += x
    return a, b, next(it, "done")

print(break_resume(4000))

def nested_same(n):
    it = iter(range(n))
    outer = 0
    inner = 0
    for x in it:
        outer += 1
        for y in it:
            inner += y
            if y % 100 == 0:
                break
    return outer, inner

print(nested_same(6000))

def gen_on_shared(n):
    it = iter(list(range(n)))
    def g():
        for v in it:
            if v % 2:
                yield v
            else:
                return
    total = 0
    for x in it:
        total += x
        total += sum(g())
    return total

print(gen_on_shared(4000))

def continue_skip(n):
    it = iter(range(n))
    acc = []
    k = 0
    for x in it:
        k += x
        if x % 7:
            continue
        nxt = next(it, None)
        if nxt is None:
            break
        if nxt % 1000 == 1:
            acc.append(nxt)
    return acc, k

print(continue_skip(5000))

# module level
it = iter(range(3000))
s = 0
for x in it:
    s += x
    if x % 500 == 499:
        s += next(it, 0) * 1000
print(s, list(it))
