# Mixed int/float arithmetic always promotes to float.
vals = [3, 2.0, -1, 0.5, True]
for a in vals:
    for b in vals:
        r = a + b
        print(type(a).__name__, type(b).__name__, r, type(r).__name__)
print(1 + 2.0, 1 - 2.0, 3 * 2.0, 3 / 3, 7 // 2.0, 7 % 2.0)
print(2 ** 2.0, 2.0 ** 2, 4 ** -1)
total = 0
for i in range(5):
    total += i * 0.5
print(total, type(total).__name__)
acc = 1
acc *= 1.5
print(acc)
