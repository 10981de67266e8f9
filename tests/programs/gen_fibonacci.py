# The seed's infinite fibonacci generator, consumed in several ways.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fibonacci()
for _ in range(10):
    print(next(gen))
for i, f in enumerate(fibonacci()):
    if f > 1000:
        print("first fib above 1000:", i, f)
        break
g = fibonacci()
big = 0
for _ in range(120):
    big = next(g)
print(big)
print([f for _, f in zip(range(15), fibonacci())])
evens = (f for f in fibonacci() if f % 2 == 0)
print([next(evens) for _ in range(8)])
total = 0
for f in fibonacci():
    if f > 4000000:
        break
    if f % 2 == 0:
        total += f
print(total)
