/* C version of kernels/sieve.py: sieve of Eratosthenes on a byte array,
 * count of primes below 10**7. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long sieve(long limit)
{
    char *is_prime = malloc(limit);
    long count = 0;
    if (!is_prime)
        abort();
    memset(is_prime, 1, limit);
    is_prime[0] = 0;
    is_prime[1] = 0;
    for (long i = 2; i * i < limit; i++)
        if (is_prime[i])
            for (long j = i * i; j < limit; j += i)
                is_prime[j] = 0;
    for (long p = 0; p < limit; p++)
        if (is_prime[p])
            count += 1;
    free(is_prime);
    return count;
}

int main(void)
{
    volatile long n = 10000000;
    printf("%ld\n", sieve(n));
    return 0;
}
