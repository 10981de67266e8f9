# Loop units hand their entry iterators and their exits' values through the
# JIT's handoff area (jit/src/handoff.rs): the caller reads the range and list
# iterators a unit starts from, and writes back what an exit staged (ints,
# floats, bools, int128s, range positions, list indexes, promoted globals, a
# sum's accumulator) after the unit returns. Each case leaves compiled code with
# staged values and checks the interpreter sees them.


def range_break_then_resume(n):
    it = iter(range(n))
    total = 0
    for x in it:
        total += x
        if x == n // 2:
            break
    # The position the exit staged is the iterator's.
    return total, next(it), sum(1 for _ in it)


def list_break_then_resume(n):
    data = list(range(n))
    it = iter(data)
    total = 0
    for x in it:
        total += x
        if x == n - 100:
            break
    return total, next(it), list(it)[:3]


def list_exhausted(n):
    data = [i * 3 for i in range(n)]
    it = iter(data)
    total = 0
    for x in it:
        total += x
    data.append(7)
    # Exhausted stays exhausted, even after the list grows.
    return total, list(it)


def mixed_scalars(n):
    f = 0.5
    flag = False
    count = 0
    for i in range(n):
        f = f * 1.0000001 + 0.25
        flag = not flag
        count += 2
        if i == n - 3:
            break
    return count, round(f, 6), flag


def wide_local(n):
    acc = 2**62
    for i in range(n):
        acc = acc + i * 10**9
    return acc


total = 0
for k in range(200000):
    total += k * k * k
wide_global = total


def nested_reentry(depth, n):
    t = 0
    for i in range(n):
        t += i
        if depth > 0 and i == n // 2:
            # The same loop unit runs (and exits) inside this one.
            t += nested_reentry(depth - 1, n)
    return t


def grow(start, n):
    acc = start
    for i in range(n):
        acc += i
    return acc


def consume(it):
    s = 0
    for x in it:
        s += x
    return s


def many_iterators(n):
    i1, i2, i3 = iter(range(n)), iter(range(1, n + 1)), iter(range(2, n + 2))
    i4, i5 = iter(range(3, n + 3)), iter([7, 8, 9] * n)
    s = 0
    for x in range(n - 1):
        s += next(i1) + next(i2) + next(i3) + next(i4) + next(i5) + x
    return s, next(i1), next(i5)


def five_iterators(n):
    c = 0
    for a in range(2):
        for b in range(2):
            for d in range(2):
                for e in range(2):
                    for f in range(n):
                        c += f + a + b + d + e
    return c


print(range_break_then_resume(100000))
print(list_break_then_resume(20000))
print(list_exhausted(5000))
print(mixed_scalars(50000))
print(wide_local(100000))
print(wide_global)
# A sum's accumulator: an int, an int128, a float, and one that is live when
# the generator raises.
print(sum(x for x in range(300000)))
print(sum(x * x * x for x in range(300000)))
print(sum(x * 0.5 for x in range(100000)))
try:
    sum(1.0 / (x - 49995) for x in range(50000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(nested_reentry(3, 3000))
# A loop compiled for a range iterator, entered with others.
print(consume(iter(range(5000))))
print(consume(iter([1, 2, 3] * 2000)))
print(consume(iter(range(7000))))
print(consume(iter((1, 2, 3))))
print(consume(iter([4, 5] * 3000)))
# A loop compiled for a 128-bit int, entered with ints past 128 bits, a
# float, and a 128-bit int again.
print(grow(2**100, 5000))
print(grow(2**130, 5000))
print(grow(1.5, 5000))
print(grow(-(2**100), 5000))
print(many_iterators(20000))
print(five_iterators(3000))


def drain_then_grow(n):
    # The inner loop ends natively and the outer one goes on: the exhausted
    # list iterator stays exhausted when its list grows (its index says so
    # until the object is updated).
    data = list(range(n))
    it = iter(data)
    out = []
    for k in range(3):
        for x in it:
            out.append(x)
        data.append(k)
    it2 = iter(data)
    for x in it2:
        if x == n - 1:
            break
    data.append(-1)
    return len(out), out[-3:], list(it), list(it2)


print(drain_then_grow(3000))
