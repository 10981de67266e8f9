# Bounds a compare-and-jump gives its operands on each edge: `n - 1` after
# `n < 2` is false cannot overflow, `i + 1` inside `while i < n` cannot either,
# but `i + 2` there can, and nothing is known past the point two paths join.
MAX = 2**63 - 1
MIN = -2**63

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(22), fib(MIN), fib(-5))

def down(n):
    if n < 2:
        return n
    return n - 1
print(sum(down(k) for k in range(3000)), down(MAX), down(MIN))

def count_up(i, n, step):
    while i < n:
        i += step
    return i
for _ in range(1500):
    count_up(0, 10, 1)
print(count_up(MAX - 5, MAX, 1), count_up(MAX - 5, MAX, 2), count_up(MAX - 1, MAX, 3))
print(count_up(MIN, MIN + 3, 1), count_up(-10, 10, 7))

def up_by_one(i, n):
    while i < n:
        i += 1                # i <= MAX - 1: no overflow check
    return i
print(up_by_one(0, 5000), up_by_one(MAX - 2000, MAX), up_by_one(MIN, MIN + 3000))

def count_down(i, lo):
    while i > lo:
        i -= 1
    while i >= lo - 2:
        i -= 3
    return i
for _ in range(1500):
    count_down(10, 0)
print(count_down(MIN + 4, MIN + 2), count_down(MIN + 9, MIN + 3), count_down(5, -5))

def joined(n):
    if n < 2:
        t = 0
    else:
        t = 1
    return n - 1 + t          # both paths reach here: n may be MIN
for _ in range(1500):
    joined(7)
print(joined(MIN), joined(MAX), joined(1))

def edges(x):
    r = 0
    if x != MAX:
        r += x + 1            # x <= MAX - 1
    if x == 5:
        r += x * 2**60        # exactly 5 * 2**60
    if x >= MIN + 3:
        r += x - 3            # fits
        r += x - 4            # may not
    else:
        r -= x * x            # x is one of MIN..MIN+2
    if 10 > x:
        r += x * x            # x <= 9, but may be very negative
    return r
for k in range(2000):
    edges(k)
for x in (MAX, MAX - 1, 5, MIN, MIN + 1, MIN + 3, MIN + 4, 9, 10, -2**40):
    print(edges(x))

def pair(a, b):
    if a < b:
        return a + 1, b - 1   # a <= MAX - 1 and b >= MIN + 1
    if a == b:
        return a * 0, b
    return b + 1, a - 1
for k in range(2000):
    pair(k, 1000)
print(pair(MAX - 1, MAX), pair(MIN, MIN + 1), pair(MAX, MAX), pair(MAX, MIN), pair(5, 5))

def reassigned(n):
    if n > 0:
        n = n * -3            # the bound n >= 1 no longer holds
        return n - MAX
    return n
for k in range(2000):
    reassigned(k)
print(reassigned(2**61), reassigned(1), reassigned(-1))

def flag(b, n):
    if b == 1:                # a bool operand
        return n - 1
    return n
for k in range(2000):
    flag(k % 2 == 0, k)
print(flag(True, MIN), flag(False, MIN), flag(True, 0))
