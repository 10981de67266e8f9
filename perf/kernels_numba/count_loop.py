# Numba variant of kernels/count_loop.py: the same function under @njit.
from numba import njit


@njit
def cpu_bound():
    count = 0
    for _ in range(10**7):
        count += 1
    return count


print(cpu_bound())
