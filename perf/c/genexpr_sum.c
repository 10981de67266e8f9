/* C version of kernels/genexpr_sum.py: sum(x * x for x in range(10**7)).
 * C has no generators; the loop is the same as sum_squares.c. The total does
 * not fit in 64 bits: unsigned __int128, printed in decimal. The bound is read
 * through a volatile so the sum is not a compile-time constant. */
#include "int128.h"

int main(void)
{
    volatile long n = 10000000;
    long limit = n;
    unsigned __int128 total = 0;
    for (long x = 0; x < limit; x++)
        total += (unsigned __int128)(x * x);
    print_u128(total);
    return 0;
}
