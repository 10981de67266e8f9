# sorted() and list.sort() on int, float and str keys (stable, reverse, key=),
# with -0.0/0.0 ties, big ints mixed in, and keys that need Python comparisons.
import random
random.seed(7)
xs = [random.randint(-50, 50) for _ in range(40)]
print(sorted(xs))
print(sorted(xs, reverse=True))
print(sorted(range(20), key=lambda i: i % 4))
print(sorted(range(20), key=lambda i: i % 4, reverse=True))
fs = [0.0, -0.0, 1.5, -2.25, 0.0, -0.0, 3.0, 1e-300]
print(sorted(fs), sorted(fs, reverse=True))
words = "the quick brown fox jumps over the lazy dog The Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 2**70, -2**65, 1, 0]), sorted([1, 2.5, 0, -1.5, True]))
pairs = [(i % 3, -i) for i in range(12)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
big = [random.random() for _ in range(5000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[0] == min(big), s[-1] == max(big))
ints = list(range(100000, 0, -3))
ints.sort()
print(ints[:5], ints[-3:], len(ints))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], reverse=1.0)
except TypeError as e:
    print("TypeError:", e)
