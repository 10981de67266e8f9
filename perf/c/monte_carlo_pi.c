/* C version of kernels/monte_carlo_pi.py. It reproduces CPython's `random`
 * module exactly: MT19937 (the reference code of Matsumoto and Nishimura),
 * seeded as CPython's random_seed() does for the int 0 (init_by_array with the
 * key [0]: the absolute value split into 32-bit words, least significant
 * first, at least one word), and random() as CPython's random_random():
 * (a * 2**26 + b) / 2**53 with a = next >> 5, b = next >> 6.
 * The estimate is printed like Python's repr(float): the shortest "%.*g"
 * that reads back as the same double (enough for this value; not a general
 * repr()). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 624
#define M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

static uint32_t mt[N];
static int mti = N + 1;

static void init_genrand(uint32_t s)
{
    mt[0] = s;
    for (mti = 1; mti < N; mti++)
        mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *init_key, size_t key_length)
{
    size_t i = 1, j = 0, k;
    init_genrand(19650218U);
    for (k = (N > key_length ? N : key_length); k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + init_key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if (j >= key_length)
            j = 0;
    }
    for (k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= N) {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static uint32_t genrand_uint32(void)
{
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t y;
    if (mti >= N) {
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static double random_random(void)
{
    uint32_t a = genrand_uint32() >> 5, b = genrand_uint32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static void seed_int(uint64_t n)     /* random.seed(n) for 0 <= n < 2**64 */
{
    uint32_t key[2];
    size_t len = 0;
    do {
        key[len++] = (uint32_t)n;
        n >>= 32;
    } while (n != 0);
    init_by_array(key, len);
}

static double monte_carlo_pi(long n)
{
    long count = 0;
    for (long i = 0; i < n; i++) {
        double x = random_random();
        double y = random_random();
        if (x * x + y * y <= 1.0)
            count += 1;
    }
    return 4.0 * count / n;
}

static void print_repr(double v)
{
    char buf[64];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*g", p, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    if (!strpbrk(buf, ".eEn"))
        strcat(buf, ".0");
    puts(buf);
}

int main(void)
{
    volatile long n = 10000000;
    seed_int(0);
    print_repr(monte_carlo_pi(n));
    return 0;
}
