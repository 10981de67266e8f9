# List operations typical of data processing.
nums = [5, 3, 8, 1, 9, 2, 7]
print([n for n in nums if n > 4], [n * 2 for n in nums], [n % 3 for n in nums])
print(sum(nums), len(nums), sum(nums) / len(nums), sorted(nums)[len(nums) // 2])
evens = [n for n in range(20) if n % 2 == 0]
odds = [n for n in range(20) if n % 2]
print(evens, odds, list(zip(evens, odds))[:3])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [list(col) for col in zip(*matrix)], [row[::-1] for row in matrix[::-1]])
flat = [v for row in matrix for v in row]
print(flat, flat[::2], flat.index(4))
chunks = [flat[i:i + 4] for i in range(0, len(flat), 4)]
print(chunks)
dedup = []
for v in [3, 1, 3, 2, 1, 4]:
    if v not in dedup:
        dedup.append(v)
print(dedup)
running = []
t = 0
for v in nums:
    t += v
    running.append(t)
print(running)
print([[0] * i for i in range(4)], [x for x in "a1b2c3" if x.isdigit()])
