# A compiled recursive function (its self-calls inlined one level) whose own
# activation lowers the recursion limit: the depth checks after that call must
# see the new limit, not one read before it. `trail` shows how deep each run got.
import sys

trail = []


def rec(n, mark, limit):
    trail.append(n)
    if n == mark:
        sys.setrecursionlimit(limit)
    if n == 0:
        return 0
    return rec(n - 1, mark, limit) + 1


def run(n, mark, limit):
    trail.clear()
    try:
        print(limit, rec(n, mark, limit), len(trail))
    except RecursionError as e:
        print(limit, "RecursionError:", e, len(trail), trail[-1])


for _ in range(40):
    rec(12, -1, 0)

for limit in (60, 61, 75):
    sys.setrecursionlimit(1000)
    run(120, 110, limit)

sys.setrecursionlimit(1000)
run(300, -1, 0)
run(300, 295, 200)
run(150, 149, 2000)
run(1500, -1, 0)
