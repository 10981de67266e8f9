# Numba variant of kernels/sum_squares.py: the loop moves into an @njit function
# (Numba compiles functions, not module-level code). Numba types `total` as int64,
# which silently wraps past 2**63: it prints a wrong total, and the runner
# reports it as wrong. Kept as a Numba user would write it.
from numba import njit


@njit
def sum_squares(n):
    total = 0
    for i in range(n):
        total += i ** 2
    return total


print(sum_squares(10**7))
