/* C version of kernels/matmul.py: C = A x B, n = 250, textbook triple loop
 * (i, j, k order, same summation order), A[i][j] = (i - j) / n,
 * B[i][j] = (i + 2j) / n; prints the sum of C and C[n-1][n-1] with "%.6f". */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    volatile long vn = 250;
    long n = vn;
    double *a = malloc(n * n * sizeof *a), *b = malloc(n * n * sizeof *b);
    double *c = malloc(n * n * sizeof *c);
    double total = 0.0;
    if (!a || !b || !c)
        abort();
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++) {
            a[i * n + j] = (double)(i - j) / n;
            b[i * n + j] = (double)(i + 2 * j) / n;
        }
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++) {
            double s = 0.0;
            for (long k = 0; k < n; k++)
                s += a[i * n + k] * b[k * n + j];
            c[i * n + j] = s;
        }
    for (long i = 0; i < n * n; i++)
        total += c[i];
    printf("%.6f %.6f\n", total, c[(n - 1) * n + (n - 1)]);
    return 0;
}
