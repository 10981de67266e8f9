# Seeding with strings, bytes-free; reproducible sequences; state save/restore.
import random
random.seed("hello")
print([random.random() for _ in range(3)])
random.seed("hello")
print(random.randint(1, 1000), random.choice("abcdef"))
random.seed("")
print(random.random())
random.seed("a longer seed string with spaces")
print([random.randint(0, 9) for _ in range(15)])
random.seed(42)
first = [random.random() for _ in range(3)]
random.seed(42)
second = [random.random() for _ in range(3)]
print(first == second, first)
random.seed("42")
print(random.random())
random.seed("日本語 unicode seed")
print(random.random(), random.randint(1, 100))
