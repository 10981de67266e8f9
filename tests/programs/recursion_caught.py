# Unbounded recursion caught with except RecursionError.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth(0)
print(d > 100, d < 1100)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
print(isinstance(RecursionError(), RuntimeError))
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(900))
try:
    down(0)
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__)
print("still alive", fine(10))
