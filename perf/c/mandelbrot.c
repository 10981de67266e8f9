/* C version of kernels/mandelbrot.py: count the points of a 500 x 500 grid over
 * [-1.5, 0.5] x [-1, 1] that do not escape within 50 iterations. */
#include <stdio.h>

static long mandelbrot(long n)
{
    long count = 0;
    for (long y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        for (long x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0.0, zi = 0.0;
            int inside = 1;
            for (int i = 0; i < 50; i++) {
                double tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if (zr * zr + zi * zi > 4.0) {
                    inside = 0;
                    break;
                }
            }
            if (inside)
                count += 1;
        }
    }
    return count;
}

int main(void)
{
    volatile long n = 500;
    printf("%ld\n", mandelbrot(n));
    return 0;
}
