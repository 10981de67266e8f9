# All generator examples from the seed tutorials, verbatim in spirit.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fibonacci()
for _ in range(10):
    print(next(gen))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], [3, 4], [5, 6])))
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value
acc = accumulator()
print(next(acc), acc.send(10), acc.send(20), acc.send(5))
def countdown(n):
    print("Starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("Done")
g = countdown(5)
print(next(g))
print(next(g))
print(list(g))
squares_gen = (x ** 2 for x in range(10 ** 6))
print(next(squares_gen), next(squares_gen), next(squares_gen))
total = sum(x * x for x in range(1000))
print(total)
def make_counter(start=0):
    count = start
    def counter():
        nonlocal count
        count += 1
        return count
    return counter
c = make_counter(5)
print(c(), c(), c())
