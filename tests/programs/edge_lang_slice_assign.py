l = list(range(10))
l[2:5] = ["a"]
print(l)
l[::3] = [0, 0, 0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
l[1:1] = "xyz"
print(l)
del l[::2]
print(l)
l[:] = []
print(l)
l = [1, 2, 3]
l[5:] = [9]
print(l)
l[-10:1] = [0]
print(l)
l[::-1] = [7, 8, 9, 10]
print(l)
l[1:3] = range(3)
print(l)
m = l
m[:] = [1]
print(l, m is l)
l = [1, 2, 3, 4, 5]
print(l[::-2], l[-2::-1], l[10:], l[:-10], l[1:-1:2], l[4:1:-1])
del l[1:3]
print(l)
l = [1, 2, 3]
l[len(l):] = [4]
l += (5,)
l *= 2
print(l)
try:
    l[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
s = "hello world"
print(s[::-1], s[-5:], s[:100], s[3:1], s[::3])
t = tuple(range(6))
print(t[1:4], t[::-2], t[-1:-4:-1])
r = range(10)
print(r[2:8:2], r[::-1], r[-1], list(r[5:2:-1]))
l = [0] * 5
l[1:4] = l
print(l)
a = [[0] * 2] * 2
a[0][0] = 1
print(a)
b = [[0] * 2 for _ in range(2)]
b[0][0] = 1
print(b)
x = [1, 2]
y = x
x = x + [3]
print(x, y)
x = y
x += [3]
print(x, y)
print([1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], (1, 2) == (1, 2), [1] == (1,), (2,) < (10,), [] < [0])
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted(["b", "B", "a"], key=str.lower))
people = [("bob", 25), ("al", 30), ("cy", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: p[1], reverse=True))
l = [3, 1, 2]
print(l.sort(), l, l.reverse(), l)
print(list(reversed((1, 2, 3))), [1, 2, 3][::-1])
