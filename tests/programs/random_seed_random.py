# random.seed(42) then random(): exact Mersenne Twister sequence.
import random
random.seed(42)
for _ in range(20):
    print(random.random())
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b)
random.seed(0)
print(random.random(), random.random())
random.seed(2 ** 100)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(123456789)
print(sum(random.random() for _ in range(1000)))
