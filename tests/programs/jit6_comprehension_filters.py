# Comprehension filters branch to the loop's back-edge (every iteration takes it):
# list, set, dict and generator comprehensions; several `if`s; nested `for`s;
# filters that drop every item or keep every item; lists past the poll interval.

xs = list(range(3000))
floats = [x * 0.5 for x in range(2500)]
words = ["a", "bb", "ccc", "dddd"] * 400

print(sum([x for x in xs if x % 2 == 0]))
print(len([x for x in xs if x < 0]), len([x for x in xs if x >= 0]))
print(sum(x for x in xs if x % 3 == 0 if x % 5 == 0))
print(len({x % 97 for x in xs if x % 2}))
print(sorted({k: v for k, v in zip(xs, floats) if k % 500 == 0}.items()))
print(sum(f for f in floats if f > 1000.0))
print(len([w for w in words if len(w) > 2]))
print([(i, j) for i in range(6) if i % 2 for j in range(i) if j % 2 == 0])
print(sum(i * j for i in range(1, 60) for j in range(i) if (i + j) % 7 == 0))


def evens_of(seq):
    return [x for x in seq if x % 2 == 0]


for n in (0, 1, 1023, 1024, 1025, 2049):
    print(n, len(evens_of(list(range(n)))), sum(evens_of(range(n))))

mixed = [1, 2.5, 3, "x", 4, None, 6] * 300
print(len([m for m in mixed if isinstance(m, int)]))
print(sum(m for m in mixed if type(m) is int))
