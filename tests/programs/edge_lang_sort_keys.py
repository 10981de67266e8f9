class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "A%d" % self.v
l = [A(3), A(1), A(2)]
l.sort()
print(l, sorted(l, reverse=True), min(l), max(l))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
l = [5, 3, 8]
s = sorted(l)
print(s is l, l, s)
print(sorted([True, False, 0, 1, -1]), sorted([1.5, 1, -2, 0.0]), sorted([[], [0], [-1, 5]]))
print(sorted("hello", reverse=True), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
import random
random.seed(3)
l = list(range(20))
random.shuffle(l)
l.sort(key=lambda x: x % 5)
print(l)
class K:
    def __init__(self, v): self.v = v
print(sorted([3, 1, 2], key=K) if False else "skip")
try:
    sorted([K(1), K(2)])
except TypeError as e:
    print(e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
l.sort(key=lambda v: -v, reverse=True)
print(l)
print(sorted(range(10), key=lambda v: v % 3), list(reversed(sorted(range(5)))))
x = [[3, 'c'], [1, 'a'], [2, 'b']]
x.sort(key=lambda p: p[1])
print(x)
x.sort()
print(x, sorted(x, key=lambda p: -p[0])[0])
try:
    sorted([1, 2], key=lambda a, b: a)
except TypeError as e:
    print(e)
try:
    [1].sort(lambda a: a)
except TypeError as e:
    print(e)
