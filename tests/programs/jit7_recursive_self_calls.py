# Recursive functions whose only calls are to themselves are "closed": the
# bindings they use are checked once per call, at entry. Rebinding the global
# between calls, a callee that deoptimizes on overflow, and globals written
# inside the recursion must all behave as in CPython.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def other(n):
    return 1000

for i in range(3000):
    fib(10)
print(fib(20))
saved = fib
fib = other
print(saved(20))
fib = saved
print(fib(22))

def fact(n):
    global counter
    counter += 1
    if n <= 1:
        return 1
    return n * fact(n - 1)

counter = 0
for i in range(2000):
    fact(15)
print(fact(25), counter)

def deep(n):
    if n == 0:
        return 0
    if n == 500:
        global deep
        deep = lambda k: -1
    return deep(n - 1) + 1

for i in range(1500):
    pass
print(deep(400))
def walk(n):
    if n == 0:
        return 0
    return walk(n - 1) + 1
for i in range(2000):
    walk(30)
print(walk(600))

def tri(n):
    # 3**n outgrows 64 bits at n = 40: the callee deoptimizes and returns a big int.
    if n == 0:
        return 1
    return tri(n - 1) * 3

for i in range(2000):
    tri(5)
print(tri(30), tri(45), tri(60))

def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)

for i in range(1200):
    f(8)
g = f
def f(n):
    return -n
print(g(12), f(12))
