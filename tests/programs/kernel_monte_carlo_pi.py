# Seed kernel: Monte Carlo pi with random.seed then random.random().
import random
def monte_carlo_pi(n):
    count = 0
    for i in range(n):
        x = random.random()
        y = random.random()
        if x ** 2 + y ** 2 <= 1.0:
            count += 1
    return 4.0 * count / n
random.seed(42)
print(monte_carlo_pi(10000))
random.seed(12345)
print(monte_carlo_pi(20000))
random.seed(0)
inside = 0
total = 5000
for _ in range(total):
    px, py = random.random(), random.random()
    if px * px + py * py < 1:
        inside += 1
print(inside, 4 * inside / total)
