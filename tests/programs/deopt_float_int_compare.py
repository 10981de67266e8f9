# Comparisons switching between int, float and big int in hot loops.
vals = [i if i % 3 else i + 0.5 for i in range(300)]
print(sum(1 for v in vals if v > 150), max(vals), min(vals))
big = 2 ** 64
mixed = [1, 2.0, big, -big, 3, 1e20, -1e20, 0]
for _ in range(3):
    print(sorted(mixed))
cnt = 0
for i in range(1000):
    x = i * 1.5
    if x == i + i // 2:
        cnt += 1
print(cnt)
threshold = 100
hits = 0
for i in range(400):
    if i == 200:
        threshold = 250.5
    if i > threshold:
        hits += 1
print(hits)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 63 > 9.2e18, -(2 ** 63) < -9.2e18)
