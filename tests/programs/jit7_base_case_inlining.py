# Recursive functions whose base cases the JIT copies to the calls left in the
# inlined copies: the copied base case either answers or makes the real call,
# and what a Python program sees must be what CPython does either way.
import sys


def fib(n):
    if n == 0:
        return 0
    if n == 1:
        return 1
    return fib(n - 1) + fib(n - 2)


print([fib(k) for k in range(15)], fib(23))


def halves(n):
    # The base case returns a float; the sum of two floats is not an int.
    if n < 2:
        return n * 0.5
    return halves(n - 1) + halves(n - 2)


print([halves(k) for k in range(10)], halves(20))


def maybe(n):
    # The base case returns None for odd n: the caller's add raises.
    if n < 2:
        return None if n % 2 else n
    return maybe(n - 1) + maybe(n - 2)


for k in (0, 2, 3, 5, 18):
    try:
        print("maybe", k, maybe(k))
    except TypeError as e:
        print("maybe", k, "TypeError:", e)


def huge(n):
    # A base case whose value does not fit 64 bits.
    if n < 2:
        return 10**30 + n
    return huge(n - 1) + huge(n - 2)


print(huge(3), huge(19))


def square_leaf(n):
    # Arithmetic in the base case, near the top of the int64 range.
    if n < 3:
        return n * n - 1 + 2**62
    return square_leaf(n - 1) + square_leaf(n - 3) - 2**62


print([square_leaf(k) for k in range(12)], square_leaf(24))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, k) for k in range(6)], ackermann(2, 200))


def checked(n):
    # A base case that raises: raising has effects, so it is not copied.
    if n < 0:
        raise ValueError("negative: %d" % n)
    if n < 2:
        return n
    return checked(n - 1) + checked(n - 3)


for k in (1, 2, 7, 15):
    try:
        print("checked", k, checked(k))
    except ValueError as e:
        print("checked", k, "ValueError:", e)


def depth(n):
    # The recursion limit reached exactly at a call the base case would answer.
    if n < 2:
        return n
    return depth(n - 2) + 1


for n in range(40):
    depth(n)
sys.setrecursionlimit(300)
for n in range(580, 600):
    try:
        print("depth", n, depth(n))
    except RecursionError:
        print("depth", n, "RecursionError")
sys.setrecursionlimit(1000)


def countdown(n):
    if n < 2:
        return n
    return countdown(n - 1) + countdown(n - 2)


print(countdown(20))
saved = countdown


def other(n):
    return -1000


# Rebound while a compiled caller holds the old function: its copies and base
# cases call through the global, which is now `other`.
countdown = other
print(saved(2), saved(3), saved(10))
countdown = saved
print(saved(10))
