/* C version of kernels/spectral_norm.py (benchmarks-game spectral-norm), n = 400,
 * same evaluation order. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(long i, long j)
{
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *av, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(i, j) * v[j];
        av[i] = s;
    }
}

static void mul_atv(const double *v, double *atv, long n)
{
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++)
            s += eval_a(j, i) * v[j];
        atv[i] = s;
    }
}

static void mul_atav(const double *v, double *out, double *tmp, long n)
{
    mul_av(v, tmp, n);
    mul_atv(tmp, out, n);
}

int main(void)
{
    volatile long vn = 400;
    long n = vn;
    double *u = malloc(n * sizeof *u), *v = malloc(n * sizeof *v), *tmp = malloc(n * sizeof *tmp);
    double vbv = 0.0, vv = 0.0;
    if (!u || !v || !tmp)
        abort();
    for (long i = 0; i < n; i++)
        u[i] = 1.0;
    for (int k = 0; k < 10; k++) {
        mul_atav(u, v, tmp, n);
        mul_atav(v, u, tmp, n);
    }
    for (long i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(vbv / vv));
    return 0;
}
