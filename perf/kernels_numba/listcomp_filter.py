# Numba variant of kernels/listcomp_filter.py: the same function under @njit
# (Numba compiles the list comprehensions to typed lists of int64).
from numba import njit


@njit
def process_large_data():
    """Function that uses memory"""
    squares = [i ** 2 for i in range(10**6)]
    evens = [x for x in squares if x % 2 == 0]
    result = sum(evens)
    return result


print(process_large_data())
