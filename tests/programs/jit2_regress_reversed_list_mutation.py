# reversed(list) reads the live list at every step (CPython's list_reverseiterator):
# items popped from the front or appended during the iteration are observed.
# (Fails in --no-jit too: an interpreter bug, not a JIT one.)
lst = [0, 1, 2, 3, 4]
out = []
for x in reversed(lst):
    out.append(x)
    if x == 3:
        lst.pop(0)
print(out)

def reversed_iter(n):
    lst = list(range(n))
    t = 0
    for i, x in enumerate(reversed(lst)):
        t += i * x
        if i == 10:
            lst.pop(0)
    return t

print(reversed_iter(3000))

def shrink_below(n):
    lst = list(range(n))
    seen = 0
    for x in reversed(lst):
        seen += 1
        if seen == 5:
            del lst[n // 2:]
    return seen
print(shrink_below(3000))
