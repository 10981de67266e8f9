# A range loop advances its position at the back-edge, not at the `for`: inside
# the body the iterator is one step ahead of the variable that holds its current
# item. Every way out of the body (break, an exception, a deopt, a call that
# advances a shared iterator, the end of a chunk of 1024 steps) must see the
# position CPython would.


def shared_break(n, stop_at):
    # The iterator is shared: after `break`, the rest of it is still there.
    it = iter(range(n))
    seen = 0
    for x in it:
        seen += x
        if x == stop_at:
            break
    return seen, next(it, "done"), list(it)[:3]


for stop_at in (0, 5, 1023, 1024, 1025, 2999, 5000):
    print("break", stop_at, shared_break(3000, stop_at))


def shared_next_inside(n):
    # `next(it)` in the body advances the iterator the loop runs on.
    it = iter(range(n))
    pairs = 0
    last = None
    for x in it:
        y = next(it, None)
        if y is None:
            break
        pairs += x * y
        last = (x, y)
    return pairs, last


print("next inside", shared_next_inside(5001), shared_next_inside(4000))


def step_down(n):
    # Steps of -1 and -3 (the second is virtual: made inside the unit).
    it = iter(range(n, 0, -1))
    a = 0
    for x in it:
        a += x
        if x == n // 3:
            break
    b = 0
    for y in range(n, 0, -3):
        if y % 7 == 0:
            continue
        b += y
    return a, next(it), b


print("step down", step_down(6000))


def continue_then_more(n):
    # `continue` in the middle of the body, then more body code after it.
    s = 0
    for i in range(n):
        if i % 5 == 0:
            continue
        s += i
        if i % 7 == 0:
            continue
        s -= 1
    return s


print("continue", continue_then_more(7000))


def raises_inside(n, at):
    # An exception out of the body: the loop variable and a shared iterator.
    it = iter(range(n))
    x = -1
    try:
        for x in it:
            if x == at:
                raise ValueError(x)
    except ValueError as e:
        return "raised", e.args[0], x, next(it, None)
    return "finished", x


print("raise", raises_inside(3000, 2047), raises_inside(3000, 10), raises_inside(300, 999))


def deopt_inside(n, when):
    # A type change in the body leaves native code in the middle of an iteration.
    it = iter(range(n))
    acc = 0
    for i in it:
        acc += i if i < when else i * 0.5
        if i == when + 3:
            break
    return acc, next(it, None)


print("deopt", deopt_inside(5000, 2500), deopt_inside(5000, 1023))


def nested(n):
    # Inner loops in the body of an outer one, both advancing at their back-edges.
    total = 0
    for i in range(n):
        for j in range(i, n):
            if j - i > 40:
                break
            total += i ^ j
    return total


print("nested", nested(400))


def gen_sum(n):
    # A generator's loop (the unit starts at the header after each `yield`).
    return sum(x * x for x in range(n) if x % 3)


print("genexpr", gen_sum(20000))

# Module level: the loop is entered by OSR with its iterator in the frame.
it = iter(range(4000))
count = 0
for k in it:
    count += k
    if k == 3333:
        break
print("module", count, next(it), k)
