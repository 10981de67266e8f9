# Kernel: sum() over a generator expression, module level.
# Source: seeds/004_fa1f192375658aed.txt ("GOOD: Generator expression, processes
# one at a time": `total = sum(x * x for x in range(1000000))`), at 10**7 items.
total = sum(x * x for x in range(10**7))
print(total)
