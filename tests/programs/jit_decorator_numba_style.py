# @jit / @njit as Numba users write them (under CPython the no-op shim in python/
# runs them): every decorator form, compile at the first call, another
# specialization for other argument types, exact ints (Numba would wrap), floats.
from pyjit import jit, njit
import random


@jit(nopython=True)
def monte_carlo_pi(n):
    count = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x ** 2 + y ** 2 <= 1.0:
            count += 1
    return 4.0 * count / n


@njit
def sum_squares(n):
    total = 0
    for i in range(n):
        total += i ** 2
    return total


@njit(cache=True, fastmath=True, nogil=True, parallel=False, boundscheck=True, error_model="python")
def scale(x, k):
    return x * k


@jit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@jit()
def mean(xs):
    s = 0.0
    for x in xs:
        s += x
    return s / len(xs)


@njit("int64(int64)")
def square(v):
    return v * v


random.seed(42)
print(monte_carlo_pi(20000))
print(sum_squares(4 * 10 ** 6))        # outgrows 64 bits: still exact
print(scale(3, 4), scale(2.5, 4), scale(3, 0.5), scale(True, 7))
print([fib(n) for n in range(25)][-5:])
print(mean([1.0, 2.0, 4.5]), mean([1, 2, 3, 4]))
print(square(2 ** 31), square(2 ** 40), square(-7))
print(fib.__name__, callable(sum_squares))
try:
    jit(bogus=True)
except TypeError as e:
    print("TypeError:", e)
