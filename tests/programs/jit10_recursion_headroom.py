# A closed function unit that calls itself checks at its entry that two more
# levels fit under the recursion limit; its inlined copies (one level deeper)
# and the base cases inlined into them (two levels) then check nothing, and a
# call within two levels of the limit finishes in the interpreter. RecursionError
# must still come at exactly CPython's depth, from every level near the limit,
# and the unit must stay compiled after meeting the limit again and again.
import sys


def walk(n):
    # Two self-calls: the second is a base case, inlined into the first's copy.
    if n < 2:
        return n
    return walk(n - 1) + walk(1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def max_ok(f, hi):
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def from_depth(k, f, n):
    # Calls f(n) from k frames deeper, to meet the limit at every offset.
    if k == 0:
        try:
            return f(n)
        except RecursionError:
            return "RecursionError"
    return from_depth(k - 1, f, n)


for i in range(2000):
    walk(5)
    fib(5)

for limit in (60, 61, 62, 63, 200, 1000):
    sys.setrecursionlimit(limit)
    print(limit, max_ok(walk, 3000))
    print(limit, [from_depth(k, walk, limit - 8) for k in range(0, 8)])
    print(limit, [from_depth(k, fib, 12) for k in range(limit - 18, limit - 10)])

sys.setrecursionlimit(1000)
# Meeting the limit many times neither breaks nor blacklists the unit.
caught = 0
for i in range(300):
    try:
        walk(2000)
    except RecursionError:
        caught += 1
print("caught", caught, walk(500), fib(20))


def runaway(n):
    return runaway(n + 1) + runaway(n + 2)


try:
    runaway(0)
except RecursionError as e:
    print("runaway:", e)
