/* C version of kernels/listcomp_filter.py: an array of the squares of
 * range(10**6), a second array of the even ones, then their sum (fits in 64 bits). */
#include <stdio.h>
#include <stdlib.h>

static long process_large_data(long n)
{
    long *squares = malloc(n * sizeof *squares);
    long *evens = malloc(n * sizeof *evens);
    long n_evens = 0, result = 0;
    if (!squares || !evens)
        abort();
    for (long i = 0; i < n; i++)
        squares[i] = i * i;
    for (long i = 0; i < n; i++)
        if (squares[i] % 2 == 0)
            evens[n_evens++] = squares[i];
    for (long i = 0; i < n_evens; i++)
        result += evens[i];
    free(squares);
    free(evens);
    return result;
}

int main(void)
{
    volatile long n = 1000000;
    printf("%ld\n", process_large_data(n));
    return 0;
}
