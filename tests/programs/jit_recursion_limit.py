# Hot recursive functions exceeding the recursion limit; RecursionError caught; setrecursionlimit.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

# warm up: many calls at modest depth
s = 0
for i in range(3000):
    s += depth(i % 50)
print(s)

def runaway(n):
    return runaway(n + 1) + 1

caught = 0
msg = None
for i in range(20):
    try:
        runaway(0)
    except RecursionError as e:
        caught += 1
        msg = str(e)
print(caught, msg)

# probe how deep we can go: the limit is respected approximately
def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n

d = probe(0)
print(800 < d < 1000)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
d2 = probe(0)
print(2800 < d2 < 3000)
sys.setrecursionlimit(400)
try:
    depth(600)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(300))
sys.setrecursionlimit(1000)

# recursion error inside a hot loop body caught per iteration; state stays consistent
def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + n)

ok = err = 0
t = 0
for i in range(3000):
    n = 5000 if i % 1000 == 999 else i % 40
    try:
        t += count_down(n, 0)
        ok += 1
    except RecursionError:
        err += 1
print(ok, err, t)

# mutual recursion over the limit
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual RecursionError:", e)
print(depth(900))
