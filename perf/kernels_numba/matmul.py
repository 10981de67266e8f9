# Numba variant of kernels/matmul.py: every function under @njit (nested lists
# of floats built inside compiled code). Numba cannot print with "%" formatting
# in compiled code, so the compiled main() returns the two numbers and the
# module prints them.
from numba import njit


@njit
def make_matrices(n):
    a = []
    b = []
    for i in range(n):
        row_a = []
        row_b = []
        for j in range(n):
            row_a.append((i - j) / n)
            row_b.append((i + 2 * j) / n)
        a.append(row_a)
        b.append(row_b)
    return a, b


@njit
def matmul(a, b, n):
    c = []
    for i in range(n):
        row = [0.0] * n
        ai = a[i]
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += ai[k] * b[k][j]
            row[j] = s
        c.append(row)
    return c


@njit
def main(n):
    a, b = make_matrices(n)
    c = matmul(a, b, n)
    total = 0.0
    for row in c:
        for x in row:
            total += x
    return total, c[n - 1][n - 1]


total, last = main(250)
print("%.6f %.6f" % (total, last))
