# Native list/range iterator positions shared with compiled callees that advance
# the same iterator object (positions are written back around calls).
def skip(it, k):
    s = 0
    for _ in range(k):
        s += next(it, 0)
    return s

def take_one(it):
    return next(it, -1)

def walk_list(n):
    lst = list(range(n))
    it = iter(lst)
    tot = 0
    cnt = 0
    for x in it:
        cnt += 1
        tot += x
        if x % 3 == 0:
            tot += take_one(it) * 1000
        if x % 250 == 0:
            tot += skip(it, 5)
    return tot, cnt

for i in range(3):
    print(walk_list(3000 + i))

def walk_range(n):
    it = iter(range(n))
    tot = 0
    for x in it:
        tot += x
        if x % 7 == 0:
            tot -= take_one(it)
    return tot

for i in range(3):
    print(walk_range(3000 + i))

def consume_in_callee(it):
    s = 0
    for v in it:
        s += v
        if v % 100 == 99:
            return s
    return s

def chunks(n):
    it = iter(list(range(n)))
    out = []
    for first in it:
        out.append((first, consume_in_callee(it)))
    return out[:3], out[-2:], len(out)

print(chunks(3000))

def list_it_in_list(n):
    its = [iter(list(range(n))), iter(range(n))]
    t = 0
    for x in its[0]:
        t += x + next(its[1]) * 2
        if x % 500 == 0:
            next(its[0], None)
    return t, next(its[1], "end")

print(list_it_in_list(3000))
