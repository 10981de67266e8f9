# Numba variant of kernels/sieve.py: the same function under @njit.
from numba import njit


@njit
def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i < limit:
        if is_prime[i]:
            for j in range(i * i, limit, i):
                is_prime[j] = False
        i += 1
    count = 0
    for p in is_prime:
        if p:
            count += 1
    return count


print(sieve(10000000))
