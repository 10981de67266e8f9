/* C version of kernels/fibonacci.py: naive recursive fibonacci(30)
 * (2,692,537 calls). n is read through a volatile so gcc cannot evaluate
 * fibonacci(30) at compile time; the recursion itself is compiled as gcc -O2
 * sees fit (it may inline part of it). */
#include <stdio.h>

static long fibonacci(long n)
{
    if (n < 2)
        return n;
    return fibonacci(n - 1) + fibonacci(n - 2);
}

int main(void)
{
    volatile long n = 30;
    printf("%ld\n", fibonacci(n));
    return 0;
}
