# randint, randrange, getrandbits after seeding.
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(30)])
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, 10) for _ in range(10)])
print([random.getrandbits(8) for _ in range(10)])
print(random.getrandbits(64), random.getrandbits(100), random.getrandbits(1))
print(random.randint(0, 2 ** 70))
print(random.randrange(10 ** 30))
random.seed(7)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
for bad in (lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
