# Numba variant of kernels/mandelbrot.py: the same function under @njit.
from numba import njit


@njit
def mandelbrot(n):
    count = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            inside = True
            for _ in range(50):
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    inside = False
                    break
            if inside:
                count += 1
    return count


print(mandelbrot(500))
