# Long sequences of random values to pin down the generator exactly.
import random
random.seed(2024)
vals = [random.random() for _ in range(200)]
for i in range(0, 200, 20):
    print(vals[i])
print(min(vals), max(vals), sum(vals))
ints = [random.randint(0, 1000000) for _ in range(300)]
print(ints[:10], ints[-10:], sum(ints))
bits = [random.getrandbits(32) for _ in range(50)]
print(bits[:5], sum(bits))
random.seed(99)
print([random.random() for _ in range(3)], random.randint(1, 10))
random.seed("str seed")
print(random.random(), random.choice([1, 2, 3]))
print([random.randrange(0, 1000, 7) for _ in range(12)])
print([round(random.gauss(0, 1), 12) for _ in range(5)])
