# Kernel: counting loop inside a function (fast locals).
# Source: seeds/001_3d1fa990ae1f9a56.txt ("Advanced" tutorial, GIL Implications,
# `cpu_bound`): `count += 1` for 10**7 iterations, written as the tutorial's function.
def cpu_bound():
    count = 0
    for _ in range(10**7):
        count += 1
    return count


print(cpu_bound())
