/* C version of kernels/count_loop.py: `count += 1` for 10**7 iterations.
 * The bound is read through a volatile so the result is not a compile-time
 * constant; gcc -O2 still reduces the loop to `count = n` (that is what C -O2
 * does with this code), so the time is essentially process start-up. */
#include <stdio.h>

static long cpu_bound(long n)
{
    long count = 0;
    for (long i = 0; i < n; i++)
        count += 1;
    return count;
}

int main(void)
{
    volatile long n = 10000000;
    printf("%ld\n", cpu_bound(n));
    return 0;
}
