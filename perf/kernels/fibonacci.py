# Kernel: naive recursive Fibonacci (call overhead, recursion).
# Source: seeds/003_871b3343e0652f8d.txt (Example 64: Profiling with cProfile,
# "Inefficient recursive Fibonacci"); also seeds/001_3d1fa990ae1f9a56.txt without
# its @cache decorator. fibonacci(30) makes 2_692_537 calls.
def fibonacci(n):
    """Inefficient recursive Fibonacci"""
    if n < 2:
        return n
    return fibonacci(n-1) + fibonacci(n-2)


print(fibonacci(30))
