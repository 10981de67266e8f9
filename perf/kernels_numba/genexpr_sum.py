# Numba variant of kernels/genexpr_sum.py. Numba 0.68 rejects the generator
# expression inside @njit ("The use of yield in a closure is unsupported"), and
# its sum() does not accept a generator, so the closest Numba code is an @njit
# generator function consumed by a for loop. Numba adds in int64, which
# silently wraps past 2**63: it prints a wrong total, and the runner reports it
# as wrong.
from numba import njit


@njit
def squares(n):
    for x in range(n):
        yield x * x


@njit
def genexpr_sum(n):
    total = 0
    for v in squares(n):
        total += v
    return total


print(genexpr_sum(10**7))
