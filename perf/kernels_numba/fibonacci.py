# Numba variant of kernels/fibonacci.py: the same recursive function under @njit.
from numba import njit


@njit
def fibonacci(n):
    """Inefficient recursive Fibonacci"""
    if n < 2:
        return n
    return fibonacci(n-1) + fibonacci(n-2)


print(fibonacci(30))
