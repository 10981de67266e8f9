# Kernel: longest Collatz chain, written for this suite (Project Euler 14 style,
# no memoisation): for every start below 250_000, follow n -> n/2 or 3n+1 down
# to 1 and keep the start with the most steps. Prints the start and its step
# count (below 10**6: 837799 with 524 steps).


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


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
