# A closed recursive function (nothing it runs can rebind a global) checks the
# bindings it relies on once, at its entry, and its calls of itself tell the
# callee that they still hold. A call from outside must check them again.
# jit7_base_case_inlining.py rebinds the name between calls from the
# interpreter; here the outside caller is a compiled loop, which calls the
# function's compiled code directly.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def total(k):
    s = 0
    for i in range(k):
        s += first(i % 12)
    return s


first = fib
print(total(3000))


def fib(n):
    return 100


print(total(3000))
fib = first
print(total(3000), first(22))
