# The numeric kernels from the performance chapter of the tutorials pyjit's users
# follow (../shared/seeds/), at sizes that run in a second. `pyjit examples/seed_kernels.py`
# and `python3 examples/seed_kernels.py` print the same lines.
import random
import time


def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i ** 2
    return total


def count_up(n):
    count = 0
    for _ in range(n):
        count += 1
    return count


def monte_carlo_pi(n):
    count = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x**2 + y**2 <= 1.0:
            count += 1
    return 4.0 * count / n


def fibonacci(n):
    if n < 2:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)


def squares_filter_sum(n):
    squares = [i ** 2 for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    return sum(evens)


random.seed(42)
start = time.perf_counter()
print("sum of squares   ", sum_of_squares(1_000_000))
print("counting loop    ", count_up(1_000_000))
print("monte carlo pi   ", monte_carlo_pi(200_000))
print("fibonacci(25)    ", fibonacci(25))
print("genexpr sum      ", sum(x * x for x in range(1_000_000)))
print("listcomp filter  ", squares_filter_sum(200_000))
print("big-int exactness", sum_of_squares(4_000_000) > 2**63)
elapsed = time.perf_counter() - start
print("done" if elapsed >= 0 else "clock went backwards")
