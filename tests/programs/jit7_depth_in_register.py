# The interpreter's call depth stays exact around compiled calls. Function units
# pass their depth to the units they call in a register and store it only before
# runtime calls, so every way back to the interpreter (a return to it, a loop
# unit's next instruction, a runtime call, an exception, a deopt) must find the
# counter right: RecursionError comes at the same depth as in CPython.
import sys


def max_ok(f):
    lo, hi = 0, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def leaf(x):
    # A runtime call (a list) in a compiled function leaves its depth in the counter.
    return len([x, x]) + x


def calls_leaf(n):
    # Compiled calling compiled, then a call the runtime makes.
    t = leaf(n) + leaf(n + 1)
    return t + len(str(t))


def framed_down(n):
    # Recursion whose every level makes a runtime call.
    if n == 0:
        return len([n])
    return 1 + framed_down(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_then_probe(n):
    return fib(n), max_ok(down)


def loop_then_probe(n):
    t = 0
    for i in range(n):
        t += leaf(i)
        t += framed_down(3)
    return t, max_ok(down)


def loop_then_raise(n):
    t = 0
    for i in range(n):
        t += framed_down(i % 7)
    try:
        framed_down(100000)
    except RecursionError:
        t += 1
    return t, max_ok(down)


def widening(n):
    # Overflows past 64 bits deep in a native recursion: the rest runs in the
    # interpreter (a deopt), which must start from the right depth.
    if n == 0:
        return 2 ** 62
    return widening(n - 1) * 2 if n < 3 else widening(n - 1)


print("cold", max_ok(down))
for i in range(3000):
    leaf(i)
    calls_leaf(i)
    framed_down(5)
    fib(5)
print("after calls", max_ok(down), max_ok(framed_down))
print("compiled caller", calls_leaf(7), max_ok(down))
print("fib", fib_then_probe(15))
print("loop", loop_then_probe(2000))
print("loop raise", loop_then_raise(2000))
for i in range(300):
    widening(2)
print("widening", widening(50), max_ok(down))
try:
    framed_down(100000)
except RecursionError as e:
    print("deep", type(e).__name__, max_ok(down))
sys.setrecursionlimit(400)
print("400", max_ok(down), max_ok(framed_down), fib_then_probe(12))
