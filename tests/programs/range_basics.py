# range: len, index, slicing, negative step, membership, repr.
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::2], r[::-1], list(r[1:8:3]))
r2 = range(10, 0, -3)
print(r2, list(r2), len(r2), r2[1], r2[-1], 4 in r2, 5 in r2)
print(range(0), len(range(0)), list(range(5, 5)), list(range(5, 0)), range(-5, 5, 2))
print(range(1, 20, 4).index(13), range(0, 100, 7).count(21), 21 in range(0, 100, 7))
print(range(3) == range(0, 3, 1), range(0) == range(2, 2), list(range(-3)))
print(range(2 ** 70, 2 ** 70 + 3)[1], len(range(0, 2 ** 62, 2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
r3 = range(1, 10)[::-2]
print(r3, list(r3))
print(range(5)[-2:], range(0, 10, 3)[1:], range(10)[100:])
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(4))), list(enumerate(range(3, 6))))
print(range(0, -10, -1)[3], -3 in range(0, -10, -1))
