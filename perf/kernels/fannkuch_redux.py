# Kernel: fannkuch-redux (the Computer Language Benchmarks Game), written for this
# suite with plain lists and while loops: for every permutation of 0..n-1 (n = 9),
# in the benchmarks game's order, count the prefix reversals ("flips") until 0 is
# first. Prints the checksum and the maximum flip count in the benchmarks-game
# format (n = 7: 228 / 16; n = 9: 8629 / 30).


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    perm = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation (rotate the first r+1 elements, as the benchmarks game does).
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


n = 9
checksum, max_flips = fannkuch(n)
print(checksum)
print("Pfannkuchen(%d) = %d" % (n, max_flips))
