# RecursionError raised inside compiled recursive functions and caught; the
# recursion limit changed between calls.
import sys

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

for i in range(2000):
    depth(20)

def try_depth(n):
    try:
        return depth(n)
    except RecursionError as e:
        return "RecursionError: " + str(e)

print(try_depth(500))
print(try_depth(5000))
print(try_depth(900))

sys.setrecursionlimit(3000)
print(try_depth(2500))
print(try_depth(3500))
sys.setrecursionlimit(200)
print(try_depth(150))
print(try_depth(250))
sys.setrecursionlimit(1000)

def depth_list(n, acc):
    if n == 0:
        return len(acc)
    acc.append(n)
    return depth_list(n - 1, acc)

for i in range(2000):
    depth_list(5, [])

def try_list(n):
    acc = []
    try:
        return depth_list(n, acc)
    except RecursionError:
        return "caught", len(acc) > 500

print(try_list(100))
print(try_list(100000))

def depth_float(x):
    if x <= 0.0:
        return x
    return depth_float(x - 1.0) + 0.5

for i in range(2000):
    depth_float(3.0)
try:
    print(depth_float(10000.0))
except RecursionError as e:
    print("RecursionError", e)
print(depth_float(50.0))

def ping(n):
    return 0 if n == 0 else pong(n - 1) + 1

def pong(n):
    return 0 if n == 0 else ping(n - 1) + 2

for i in range(2000):
    ping(10)
for n in (100, 10 ** 6):
    try:
        print(ping(n))
    except RecursionError as e:
        print("RecursionError", e)
