/* C version of kernels/collatz.py: longest Collatz chain for starts below
 * 250000, no memoisation (intermediate values fit in 64 bits). */
#include <stdio.h>

static long collatz_steps(long n)
{
    long steps = 0;
    while (n != 1) {
        if (n % 2 == 0)
            n = n / 2;
        else
            n = 3 * n + 1;
        steps += 1;
    }
    return steps;
}

int main(void)
{
    volatile long limit = 250000;
    long best_start = 1, best_steps = 0;
    for (long start = 1; start < limit; start++) {
        long s = collatz_steps(start);
        if (s > best_steps) {
            best_steps = s;
            best_start = start;
        }
    }
    printf("%ld %ld\n", best_start, best_steps);
    return 0;
}
