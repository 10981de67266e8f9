# Range loops nested inside a compiled loop keep their iterators as native
# variables only (no iterator object): every way out of native code in the middle
# of such a loop must make the object, at the right position, for the
# interpreter to carry on. Also the loop's back-edge going straight into the body.


def type_change_inside(n, when):
    # The inner loop's item becomes a float at row `when`: a guard fails in the
    # middle of the inner loop, and the interpreter finishes it.
    total = 0
    rows = []
    for i in range(n):
        row = 0
        for j in range(i, i + 40, 3):
            x = j if i < when or j < i + 20 else j + 0.5
            row += x
        rows.append(row)
        total += row
    return total, rows[-3:]


for when in (0, 5, 1200, 3000):
    print("type", when, type_change_inside(1500, when))


def overflow_inside(n):
    # An int that outgrows 64 bits inside the inner loop.
    out = []
    for i in range(n):
        p = 1
        for k in range(1, 70):
            p *= 2 + (i % 3)
        out.append(p % 1000003)
    return sum(out), out[:5]


print("overflow", overflow_inside(1300))


class Boom(Exception):
    pass


def explode(i, j):
    if i == 1100 and j == 17:
        raise Boom(f"at {i} {j}")
    return i ^ j


def raises_inside(n):
    acc = 0
    try:
        for i in range(n):
            for j in range(0, 30):
                acc += explode(i, j)
    except Boom as e:
        print("caught", e, acc)
    return acc


print("raises", raises_inside(2000))


def divides_inside(n):
    acc = 0
    for i in range(n):
        for j in range(-3, 4):
            try:
                acc += 1000 // (j + 4 * (i != 1234))
            except ZeroDivisionError:
                acc -= 1
    return acc


print("divides", divides_inside(2000))


def breaks_and_else(n):
    found = 0
    none = 0
    for i in range(n):
        for j in range(2, 50):
            if (i * j) % 97 == 1:
                found += j
                break
        else:
            none += 1
    return found, none


print("break/else", breaks_and_else(3000))


def reused_register(n):
    # Sibling loops: a range loop and a list loop, one after the other, in
    # the same outer loop.
    acc = 0
    items = [1, 2, 3, 4]
    for i in range(n):
        for j in range(i % 7):
            acc += j
        for x in items:
            acc += x * (i & 1)
        for j in range(3, 0, -1):
            acc -= j
    return acc


print("reused", reused_register(3000))


def shared_outer(n):
    # The outer iterator is a variable the body advances too: its object is
    # shared, so it is not virtual; the inner one is.
    it = iter(range(n))
    acc = 0
    for i in it:
        for j in range(4):
            acc += i * j
        if i % 5 == 0:
            skipped = next(it, None)
            acc += 0 if skipped is None else skipped
    return acc


print("shared", shared_outer(5000))


def late_rebind(n):
    # `range` is rebound while an inner loop runs: the next inner loop must
    # see the new binding.
    global range
    acc = 0
    for i in range(n):
        for j in range(3):
            acc += j
            if i == 1500 and j == 1:
                range = lambda *a: [100, 200]
    del range
    return acc


print("rebind", late_rebind(2000))


def accumulator_widens(n):
    # The accumulator goes from 64-bit to wide inside the inner loop, so the
    # back-edge converts it before the header.
    s = 0
    for i in range(n):
        for j in range(100):
            s += (i * j) << 40
    return s


print("widens", accumulator_widens(2000))


def empty_and_single(n):
    acc = 0
    for i in range(n):
        for j in range(i % 3 - 1):
            acc += 10 + j
        for j in range(5, 5):
            acc += 1000
        for j in range(2 ** 63 - 2, 2 ** 63 - 1):
            acc += j % 7
    return acc


print("edges", empty_and_single(3000))


def generator_inner(n):
    def gen(k):
        for a in range(k):
            for b in range(a % 4):
                yield a * b

    return sum(gen(n)), max(gen(n))


print("generator", generator_inner(4000))


def nested_gen(n):
    return sum(x * y for x in range(n) for y in range(3)), sum(x - y for x in range(n) for y in range(x % 4, 5))


print("nested generators", nested_gen(3000))


def inner_raises(n):
    out = 0
    for i in range(n):
        try:
            for j in range(5):
                if i % 1000 == 999 and j == 3:
                    raise ValueError(i)
                out += j
        except ValueError as e:
            out += 100 * int(str(e))
    return out


print("inner raises", inner_raises(5000))


def three_deep(n):
    acc = 0
    for i in range(n):
        for j in range(3):
            for k in range(j, 4):
                acc += i * j - k
    return acc


print("three deep", three_deep(3000))


def iter_var_after_loop(n):
    acc = 0
    for i in range(n):
        for j in range(i % 5):
            pass
        acc += j if i % 5 else 0
    return acc


print("variable after loop", iter_var_after_loop(4000))


def while_inside(n):
    acc = 0
    for i in range(n):
        k = 0
        while k < 3:
            for j in range(k, 3):
                acc += j
            k += 1
    return acc


print("while inside", while_inside(3000))
