# String building and dict counting in loops.
parts = []
for i in range(2000):
    parts.append(str(i))
s = ",".join(parts)
print(len(s), s[:30], s[-20:])
acc = ""
for i in range(500):
    acc += chr(97 + i % 26)
print(acc[:60], len(acc))
counts = {}
for i in range(10000):
    key = i % 17
    counts[key] = counts.get(key, 0) + 1
print(counts)
words = ("lorem ipsum dolor sit amet consectetur adipiscing elit " * 50).split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
