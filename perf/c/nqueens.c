/* C version of kernels/nqueens.py: count the placements of 12 queens by
 * backtracking with boolean arrays for columns and both diagonals. */
#include <stdio.h>

#define MAXN 32

static long solve(int row, int n, char *cols, char *diag1, char *diag2)
{
    if (row == n)
        return 1;
    long count = 0;
    for (int col = 0; col < n; col++) {
        int d1 = row + col, d2 = row - col + n - 1;
        if (!cols[col] && !diag1[d1] && !diag2[d2]) {
            cols[col] = diag1[d1] = diag2[d2] = 1;
            count += solve(row + 1, n, cols, diag1, diag2);
            cols[col] = diag1[d1] = diag2[d2] = 0;
        }
    }
    return count;
}

int main(void)
{
    volatile int vn = 12;
    char cols[MAXN] = {0}, diag1[2 * MAXN] = {0}, diag2[2 * MAXN] = {0};
    printf("%ld\n", solve(0, vn, cols, diag1, diag2));
    return 0;
}
