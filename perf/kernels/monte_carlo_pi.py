# Kernel: Monte Carlo estimate of pi with random.random(), inside a function.
# Source: seeds/000_33821680bfa68f18.txt ("Advanced Python", 9.2 Acceleration
# Approaches, Numba example `monte_carlo_pi(n)`); the `@jit(nopython=True)`
# decorator is dropped so the script runs on plain CPython, and the seed is fixed
# so the printed estimate is reproducible and comparable with CPython's.
import random


def monte_carlo_pi(n):
    count = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x**2 + y**2 <= 1.0:
            count += 1
    return 4.0 * count / n


random.seed(0)
n = 10**7
print(monte_carlo_pi(n))
