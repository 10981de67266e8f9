import functools
calls = 0
@functools.lru_cache(maxsize=None)
def sq(n):
    global calls
    calls += 1
    return n * n
print(sq(3), sq(3), sq(3), calls)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
