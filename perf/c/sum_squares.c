/* C version of kernels/sum_squares.py: total += i*i for i in range(10**7).
 * The total (333333283333335000000) does not fit in 64 bits, so it is kept in
 * an unsigned __int128 and printed in decimal. The bound is read through a
 * volatile so the sum is not a compile-time constant. */
#include "int128.h"

int main(void)
{
    volatile long n = 10000000;
    long limit = n;
    unsigned __int128 total = 0;
    for (long i = 0; i < limit; i++)
        total += (unsigned __int128)(i * i);
    print_u128(total);
    return 0;
}
