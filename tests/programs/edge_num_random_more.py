# random module: seeded sequences across many APIs
import random
random.seed(12345)
print([random.randint(-5, 5) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(8)], random.randrange(10), random.randrange(5, 6))
print([round(random.random(), 12) for _ in range(4)])
print([round(random.uniform(-1, 1), 10) for _ in range(3)], round(random.uniform(5, 2), 10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)), random.choices("abc", k=6))
print(random.choices(range(5), weights=[1, 0, 0, 0, 5], k=5), random.choices("xy", cum_weights=[1, 10], k=4))
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample([1, 2, 3], k=3))
l = list(range(12))
random.shuffle(l)
print(l)
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0) if True else 0)
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.triangular(), 10))
for s in [0, 1, -1, 2**100, 3.5, "seed", "", "é"]:
    random.seed(s)
    print(repr(s), random.randint(1, 10**6), round(random.random(), 12))
random.seed(7)
print(random.randbytes(4) if False else "", random.randint(10**20, 10**21))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randrange(0), lambda: random.randrange(1, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
