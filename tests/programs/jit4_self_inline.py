# Recursive functions whose self-calls the JIT inlines one level deep: what
# happens inside the inlined copy (overflow, exceptions, the recursion limit,
# a rebound global) must be what happens in a real call.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(k) for k in range(20)], fib(24))


def grow(n):
    # Sums outgrow 64 bits at some depth, in the caller or in the inlined copy.
    if n < 2:
        return 2**61 + n
    return grow(n - 1) + grow(n - 2)


print([grow(k) for k in range(1, 12)], grow(22))


def down(n, stop):
    if n == stop:
        raise ValueError("bottom at %d" % n)
    return down(n - 1, stop) + 1


caught = []
for stop in range(0, 40, 3):
    for _ in range(30):
        try:
            down(60, stop)
        except ValueError as e:
            msg = str(e)
    caught.append(msg)
print(caught)


def depth(n):
    return depth(n + 1) + 1


def deepest(limit):
    sys.setrecursionlimit(limit)
    reached = 0

    def probe(n):
        nonlocal reached
        reached = n
        return probe(n + 1)

    try:
        depth(0)
    except RecursionError as e:
        first = str(e)
    try:
        probe(0)
    except RecursionError:
        pass
    return first, reached


for limit in (100, 101, 150, 151, 1000):
    print(limit, deepest(limit))
sys.setrecursionlimit(1000)


def countdown(n):
    if n == 0:
        return 0
    if n == 40:
        rebind()
    return countdown(n - 1) + 1


def rebind():
    global countdown
    countdown = lambda n: 1000


original = countdown
print([original(k) for k in range(30)])
print(original(45), original(41), original(39))


def ping(n):
    # Deoptimizes on a float in the inlined copy.
    if n <= 0:
        return 0.5 if n == -7 else 0
    return ping(n - 2) + 1


print([ping(k) for k in range(-8, 30)])
print(ping(200), ping(201))
