# Numba variant of kernels/monte_carlo_pi.py, as the tutorial wrote it (its
# `@jit(nopython=True)` is `@njit`). Numba has its own Mersenne Twister state
# for random.random() in compiled code, so the seed is set inside the compiled
# code; Numba seeds it differently from CPython's random.seed(0), so the printed
# estimate differs from CPython's and the runner reports it as wrong.
import random

from numba import njit


@njit
def monte_carlo_pi(n):
    random.seed(0)
    count = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x**2 + y**2 <= 1.0:
            count += 1
    return 4.0 * count / n


n = 10**7
print(monte_carlo_pi(n))
