/* C version of kernels/fannkuch_redux.py (benchmarks-game fannkuch-redux), n = 9,
 * same permutation order and the same output format. */
#include <stdio.h>

#define MAXN 16

static void fannkuch(int n, long *checksum_out, int *max_flips_out)
{
    int perm1[MAXN], perm[MAXN], count[MAXN];
    int max_flips = 0, r = n;
    long checksum = 0, permutation_index = 0;
    for (int i = 0; i < n; i++)
        perm1[i] = i;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r--;
        }
        for (int i = 0; i < n; i++)
            perm[i] = perm1[i];
        int flips = 0;
        int k = perm[0];
        while (k != 0) {
            int i = 0, j = k;
            while (i < j) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
                i++;
                j--;
            }
            flips++;
            k = perm[0];
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += (permutation_index % 2 == 0) ? flips : -flips;
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                return;
            }
            int first = perm1[0];
            for (int i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = first;
            count[r]--;
            if (count[r] > 0)
                break;
            r++;
        }
        permutation_index++;
    }
}

int main(void)
{
    volatile int vn = 9;
    int n = vn, max_flips;
    long checksum;
    fannkuch(n, &checksum, &max_flips);
    printf("%ld\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
    return 0;
}
