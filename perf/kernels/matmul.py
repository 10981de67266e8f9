# Kernel: dense matrix multiply on nested lists of floats, written for this suite:
# C = A x B for n x n matrices (n = 250) with the textbook triple loop.
# A[i][j] = (i - j) / n and B[i][j] = (i + 2j) / n (deterministic inputs).
# Prints the sum of all entries of C and C[n-1][n-1] with "%.6f".


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


def main(n):
    a, b = make_matrices(n)
    c = matmul(a, b, n)
    total = 0.0
    for row in c:
        for x in row:
            total += x
    print("%.6f %.6f" % (total, c[n - 1][n - 1]))


main(250)
