# random: more seeded API paths
import random
random.seed(2024)
print(random.sample(range(10), k=4, counts=None) if True else 0)
print([random.randrange(100, 0, -7) for _ in range(5)], [random.randrange(-50, 50) for _ in range(5)], random.randrange(-10, -5))
print(random.choices([1, 2, 3], [0.2, 0.5, 0.3], k=6), random.choices("ab", k=0), random.choices([5]))
big = list(range(200))
random.shuffle(big)
print(big[:20], sum(big))
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 63, 64, 65, 127, 128, 200)])
print([random.randint(0, 2**64) for _ in range(3)], [random.randrange(2**100) for _ in range(2)])
print([random.randint(0, 1) for _ in range(30)])
for seed in [0, 5, -5, 2**32, 2**32 + 1, 2**64 - 1, 10**50, 1.0, -0.5, 1e300, "a", "abc" * 100, True, None if False else 7]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.randrange(1000))
random.seed("x", version=2)
print(random.random())
random.seed(3)
print([round(random.gauss(), 12) for _ in range(4)], [round(random.normalvariate(), 12) for _ in range(2)])
print([round(random.expovariate(0.5), 12) for _ in range(3)], round(random.triangular(1, 2), 12), round(random.uniform(0, 0), 12))
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
try:
    random.choices([1, 2], weights=[1], k=1)
except ValueError as e:
    print("ValueError", e)
