# Range loops entered by OSR are specialized to the step of the live iterator
# (guarded at entry); loops over range() with a constant step are specialized
# too. The same loop code then meets other steps, and steps whose last move
# would pass the largest int64.


def walk(r):
    # One loop, entered with iterators of different steps.
    total = 0
    count = 0
    for i in r:
        total += i
        count += 1
    return total, count


print(walk(range(5000)))
print(walk(range(0, 20000, 3)))
print(walk(range(5000, -5000, -1)))
print(walk(range(9000, 0, -7)))
print(walk(range(5000)))
print(walk(range(2**63 - 6000, 2**63 - 1)))
print(walk(range(2**63 - 60000, 2**63 - 1, 7)))
print(walk(range(-2**63 + 6000, -2**63, -1)))
print(walk(range(-2**63 + 60000, -2**63, -11)))
print(walk(range(10, 10)))
print(walk(range(10, 0)))


def constant_steps(n):
    # Inner loops with literal steps, positive and negative, one of them empty.
    out = []
    for k in range(n):
        up = 0
        for i in range(0, k, 2):
            up += i
        down = 0
        for j in range(k, 0, -3):
            down += j
        none = 0
        for j in range(k, 0, 1):
            none += 1
        out.append(up - down + none)
    return sum(out), out[-3:]


print(constant_steps(3000))


def variable_step(n, step):
    # A step that is a variable, not a literal.
    acc = 0
    for i in range(-n, n, step):
        acc += i * i
    return acc


for s in (1, 2, -1, 5, -5, 1):
    print(s, variable_step(4000, s))


def top_of_range():
    # A step of one ends exactly at the largest int64 without overflowing.
    last = None
    n = 0
    for i in range(2**63 - 5000, 2**63 - 1):
        last = i
        n += 1
    for i in range(2**63 - 2, 2**63 - 1 - 5000, -1):
        last = i
        n += 1
    return n, last


print(top_of_range())

# Module-level loops (globals) share one iterator register with two steps.
t = 0
for i in range(0, 30000, 2):
    t += i
for i in range(30000, 0, -2):
    t -= i
print(t)


def gen_sum(a, b, s):
    # sum() over a generator: the reduction is specialized to the first step.
    return sum(x * 3 for x in range(a, b, s))


for s in (1, 1, 2, -1, 3, 1, -4):
    print(s, gen_sum(-30000, 30000, s) if s > 0 else gen_sum(30000, -30000, s))
