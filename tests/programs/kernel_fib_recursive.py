# Seed kernel: recursive fibonacci(20) and friends.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
print([fib(i) for i in range(21)])
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib_iter(20), fib_iter(100), fib_iter(300))
calls = 0
def fib_counted(n):
    global calls
    calls += 1
    return n if n < 2 else fib_counted(n - 1) + fib_counted(n - 2)
print(fib_counted(18), calls)
