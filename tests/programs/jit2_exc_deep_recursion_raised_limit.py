# Deep recursion (tens of thousands of frames) with a raised recursion limit, through
# compiled frameless and framed units.
import sys
sys.setrecursionlimit(60000)

def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1

def down_list(n, acc):
    if n == 0:
        return len(acc)
    acc.append(n)
    return down_list(n - 1, acc)

def down_float(x):
    if x <= 0:
        return 0.5
    return down_float(x - 1.0) + 1.0

for i in range(2000):
    down(5)
    down_list(5, [])
    down_float(5.0)
print(down(50000), down_list(50000, []), down_float(50000.0))
try:
    down(70000)
except RecursionError as e:
    print("RecursionError", e)
print(down(10))
