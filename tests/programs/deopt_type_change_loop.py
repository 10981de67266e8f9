# A loop variable whose type changes mid-loop (int -> float -> str -> big int).
def mix(values):
    out = []
    for v in values:
        out.append(v + v)
    return out
print(mix([1, 2, 3]))
print(mix([1, 2.5, "s", [0], 2 ** 70, True, (1,)]))
for _ in range(3):
    print(mix(list(range(5))))
print(mix([0.5] * 3 + [1] * 3))
acc = 0
for i in range(300):
    if i == 100:
        acc = float(acc)
    if i == 200:
        acc = acc * 2 ** 64
    acc += i
print(acc, type(acc).__name__)
x = 1
for i in range(200):
    x = x * 3 if i < 150 else x // 2
print(x)
vals = [1, 2, 3.5, 4, 5.5]
total = 0
for v in vals * 50:
    total += v
print(total)
