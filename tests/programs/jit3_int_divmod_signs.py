def f(a, b):
    return a // b, a % b, divmod(a, b)

vals = [7, -7, 3, -3, 1, -1, 2**62, -2**62, 2**63 - 1, -2**63, 10**20, -10**20, 0]
out = []
for rep in range(3):
    for a in vals:
        for b in vals:
            if b == 0:
                try:
                    f(a, b)
                except ZeroDivisionError as e:
                    out.append(("zde", str(e)))
                continue
            out.append(f(a, b))
print(len(out), hash(tuple(map(str, out))) if False else None)
for x in out[:200]:
    print(x)
# hot loop with mixed signs
acc = 0
for i in range(-3000, 3000):
    acc += i // 7 + i % -7 + (-i) // 3 + (i % 5)
print(acc)
acc = 0
for i in range(1, 3000):
    acc += (-2**63) // i + (-2**63) % i
print(acc)
acc = 0
for i in range(1, 3000):
    q, r = divmod(-i * 1000003, 97)
    acc ^= q * 31 + r
print(acc)
x = 0
for i in range(2000):
    x = (-2**63) // -1 if i == 1500 else x
print(x, type(x))
y = 0
for i in range(2000):
    y = (-2**63) % -1
print(y)
