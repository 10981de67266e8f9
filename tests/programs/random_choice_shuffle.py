# choice, choices (weights, k), shuffle, sample.
import random
random.seed(42)
items = ["a", "b", "c", "d", "e"]
print([random.choice(items) for _ in range(10)])
print(random.choice(range(100)), random.choice("xyz"), random.choice((1, 2, 3)))
print(random.choices(items, k=8))
print(random.choices(items, weights=[10, 1, 1, 1, 1], k=10))
print(random.choices(items, cum_weights=[1, 2, 3, 4, 100], k=5))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(items, 3), random.sample(items, 5))
print(sorted(random.sample(range(1000), 5)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
