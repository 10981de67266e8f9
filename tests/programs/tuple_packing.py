# Tuple packing/unpacking in returns, loops and swaps.
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r)
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
coords = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in coords], sum(x * y for x, y in coords))
xs, ys = zip(*coords)
print(xs, ys)
fib = [0, 1]
for _ in range(10):
    a, b = fib[-2], fib[-1]
    fib.append(a + b)
print(fib)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, t)) = nested
print(p, q, r, s, t)
print(tuple(sorted((3, 1, 2))), (1, 2) + (3,), (0,) * 3, len(((),)))
