# An exhausted list iterator stays exhausted even if the list grows afterwards
# (CPython drops its reference to the list). Checked in the interpreter, in a
# compiled loop (native list iterator) and with next() after the loop.
lst = [1, 2]
it = iter(lst)
print(list(it))
lst.append(3)
print(list(it), next(it, "exhausted"))

def f(n):
    lst = list(range(n))
    it = iter(lst)
    acc = 0
    for x in it:
        acc += x
        if x == n - 500:
            rest = list(it)
            acc += len(rest)
            lst.append(1000000)
            lst.append(2000000)
    return acc, len(lst), next(it, "exhausted")

print(f(3000))

def g(n):
    lst = list(range(n))
    it = iter(lst)
    total = 0
    for x in it:
        total += x
    lst.extend([7, 8, 9])
    for x in it:
        total += 1000000
    return total, next(it, "exhausted")

print(g(3000))
