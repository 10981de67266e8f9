# A recursive function compiled (its self-calls inlined one level) raises deep
# inside: the traceback lists every level, as CPython's does.
def down(n, stop):
    if n == stop:
        return 1 // (n - stop)
    if n <= 0:
        return 0
    return down(n - 1, stop) + 1


for i in range(3000):
    down(6, -1)
down(7, 3)
