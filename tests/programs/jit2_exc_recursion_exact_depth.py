# The exact recursion depth at which RecursionError is raised, for interpreted and
# compiled (frameless, framed, self-calling) recursive functions.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def depth_list(n, box):
    if n == 0:
        return len(box)
    return 1 + depth_list(n - 1, box)

def depth_loop(n):
    t = 0
    for i in range(1):
        t += 1
    if n == 0:
        return t
    return t + depth_loop(n - 1)

def max_ok(f, *extra):
    lo, hi = 0, 5000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid, *extra)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo

def probe():
    return max_ok(depth), max_ok(depth_list, [])

print("cold", probe())
for i in range(3000):
    depth(3)
    depth_list(3, [])
    depth_loop(3)
print("hot", probe())
sys.setrecursionlimit(500)
print("500", probe())
sys.setrecursionlimit(2500)
print("2500", probe())

def nested_probe(k):
    if k == 0:
        return probe()
    return nested_probe(k - 1)

print("nested", nested_probe(100))
