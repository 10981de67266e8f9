# Kernel: sum of squares, module level (globals `total` and `i`).
# Source: seeds/001_3d1fa990ae1f9a56.txt ("Advanced" tutorial, Section 3:
# Performance Optimization, `fast_computation`) and seeds/003_871b3343e0652f8d.txt
# (Example 68, `cpu_intensive_task(10**7)`): `total += i ** 2` over range(10**7).
# Kept at module level as in the perf brief, so it exercises global loads/stores.
total = 0
for i in range(10**7):
    total += i ** 2
print(total)
