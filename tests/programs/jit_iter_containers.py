# Hot for-loops over lists, tuples, strings, dicts, enumerate, zip, reversed and sorted views.
nums = list(range(3000))
s = 0
for v in nums:
    s += v
for v in tuple(nums):
    s -= v // 2
print(s)

text = "abcdefghij" * 300
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))

d = {i: i * i for i in range(3000)}
ks = vs = 0
for k in d:
    ks += k
for v in d.values():
    vs += v
pairs = 0
for k, v in d.items():
    pairs += v - k
print(ks, vs, pairs)

acc = 0
for i, (a, b) in enumerate(zip(nums, reversed(nums))):
    acc += i * (a - b)
print(acc)

rev = 0
for v in reversed(nums):
    rev = rev * 3 % 1000003 + v
print(rev)

srt = 0
for v in sorted(nums, key=lambda x: (x % 7, -x)):
    srt = (srt * 31 + v) % (2 ** 61 - 1)
print(srt)

# the iterable changes kind between calls of the same hot function
def consume(it):
    t = 0
    n = 0
    for x in it:
        t += x
        n += 1
    return t, n

print(consume(range(3000)))
print(consume(list(range(3000))))
print(consume(x * 0.5 for x in range(3000)))
print(consume({i: None for i in range(3000)}))
print(consume(map(abs, range(-1500, 1500))))
print(consume(filter(None, range(3000))))
print(consume(iter([2 ** 64] * 3000)))

# zip stops at the shortest; enumerate start
z = 0
for a, b, c in zip(range(5000), "xy" * 1600, [1.5] * 3000):
    z += a
print(z, list(enumerate("abc", start=10)))
# set iteration (order-independent result)
st = set(range(0, 6000, 2))
print(sum(v for v in st), len(st), min(st), max(st))
