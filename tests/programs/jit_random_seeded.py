# random.random / randint / uniform / choice / randrange in hot loops with fixed seeds.
import random

random.seed(12345)
acc = 0.0
ints = 0
for i in range(5000):
    acc += random.random()
    ints += random.randint(-100, 100)
    if i % 1000 == 999:
        print("r", i, repr(acc), ints, repr(random.uniform(-1.0, 1.0)))
print(repr(acc), ints)

def monte_carlo(n, seed):
    random.seed(seed)
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside, 4.0 * inside / n

print(monte_carlo(6000, 7))
print(monte_carlo(6000, 7))

random.seed(99)
rng = random
hist = [0] * 6
for i in range(6000):
    hist[rng.randrange(6)] += 1
print(hist, rng.randrange(10, 1000, 7), rng.getrandbits(70), rng.choice("abcdef"))

random.seed(2024)
walk = 0
path = []
for i in range(4000):
    walk += random.choice((-1, 1)) * random.randint(1, 3)
    if i % 500 == 0:
        path.append(walk)
print(path, walk)

random.seed(5)
deck = list(range(52))
for i in range(200):
    random.shuffle(deck)
print(deck[:10], random.sample(range(1000), 5), repr(random.gauss(0, 1)))

# reseeding mid-loop reproduces the same stream
random.seed(1)
first = [random.random() for _ in range(5)]
again = []
for i in range(3000):
    if i == 2000:
        random.seed(1)
    v = random.random()
    if i >= 2000 and len(again) < 5:
        again.append(v)
print(first == again, [repr(v) for v in again])
