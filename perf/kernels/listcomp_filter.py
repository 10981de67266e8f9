# Kernel: list comprehension, then a filtering comprehension, then sum(), in a function.
# Source: seeds/003_871b3343e0652f8d.txt (Example 65: Memory Profiling,
# `process_large_data`): squares of range(1000000), keep the even ones, sum them.
# Variable names follow the perf brief (`squares`, `evens`).
def process_large_data():
    """Function that uses memory"""
    squares = [i ** 2 for i in range(10**6)]
    evens = [x for x in squares if x % 2 == 0]
    result = sum(evens)
    return result


print(process_large_data())
