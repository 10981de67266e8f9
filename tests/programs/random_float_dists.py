# uniform, gauss and friends after seeding.
import random
random.seed(42)
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(-1, 1) for _ in range(5)])
print([random.gauss(0, 1) for _ in range(6)])
print([random.gauss(100, 15) for _ in range(4)])
print(random.uniform(5, 5), random.uniform(10, 1), random.gauss(0, 0))
random.seed(3)
vals = [random.gauss(0, 1) for _ in range(1000)]
print(round(sum(vals) / len(vals), 6))
