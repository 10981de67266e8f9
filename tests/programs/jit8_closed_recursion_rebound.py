# A closed recursive function (nothing it runs can rebind a global) checks the
# bindings it relies on once, at its entry, and its calls of itself tell the
# callee that they still hold. A call from outside, from the interpreter or
# from a compiled loop, must check them again: here the name the function
# calls itself through is rebound between such calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(25))
first = fib


def fib(n):
    return 100


print(first(25), first(2), first(1))


def total(k):
    s = 0
    for i in range(k):
        s += first(i % 12)
    return s


print(total(3000))
fib = first
print(total(3000), first(22))


def tri(n):
    return 0 if n == 0 else n + tri(n - 1)


print(sum(tri(k) for k in range(300)))
saved = tri
tri = lambda n: -n
print(saved(50), [saved(k) for k in range(5)])
tri = saved
print(saved(50), sum(saved(k) for k in range(200)))
