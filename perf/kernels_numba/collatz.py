# Numba variant of kernels/collatz.py: the same functions under @njit.
from numba import njit


@njit
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


@njit
def longest(limit):
    best_start = 1
    best_steps = 0
    for start in range(1, limit):
        s = collatz_steps(start)
        if s > best_steps:
            best_steps = s
            best_start = start
    return best_start, best_steps


start, steps = longest(250000)
print(start, steps)
