# sum/min/max/sorted over generators and mixed iterables; any/all short-circuit
calls = []
def gen(n):
    for i in range(n):
        calls.append(i)
        yield i
print(any(x > 2 for x in gen(10)), calls)
calls.clear()
print(all(x < 2 for x in gen(10)), calls)
calls.clear()
print(sum(gen(5)), max(gen(5)), min(gen(3), default=-1), sorted(gen(4), reverse=True), list(reversed(list(gen(3)))))
print(sum(x * x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc dd".split()), min(((-x) % 7 for x in range(20))))
print(sum(map(int, "12345")), max(map(len, ["a", "bbb"])), sorted(map(abs, [-3, 1, -2])), list(zip(*zip("ab", "cd"))))
z = zip(gen(3), gen(100))
calls.clear()
print(list(z), calls)
print(sum(range(100000)), sum(i for i in range(100000)), sum([i / 2 for i in range(10)]), sum(range(-5, 5)))
print(max("apple", "banana", key=lambda s: s[-1]), min({3: "a", 1: "b"}.items()), max([[1, 2], [1, 3], [0, 9]]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([0.1, -0.0, 0.0, -1e-300]), sorted([(2, "b"), (2, "a"), (1, "z")]))
print(list(map(None.__class__, [])) if False else "", list(filter(lambda x: x, [0, None, "", "0", 0.0, [], (), {}, -1])))
print(enumerate.__name__, zip.__name__, map.__name__, type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
