# Unpacking: starred targets, nesting, swapping, loops.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "xyz"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
a, (b, c) = 1, (2, 3)
print(a, b, c)
(a, b), (c, d) = [[1, 2], [3, 4]]
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
first, second = "hi"
print(first, second)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
for bad in ([1, 2, 3], [1]):
    try:
        m, n = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2})
a = b = c = [7]
print(a is b is c)
