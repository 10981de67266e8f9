# Numba variant of kernels/nqueens.py: the same functions under @njit.
from numba import njit


@njit
def solve(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = True
            diag1[d1] = True
            diag2[d2] = True
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[col] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


@njit
def nqueens(n):
    return solve(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


print(nqueens(12))
