# Generator functions: lazy execution, next(), StopIteration, for loops.
def countdown(n):
    print("Starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("Done")
gen = countdown(3)
print("created")
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(gen, "exhausted"))
for v in countdown(2):
    print("got", v)
print(list(countdown(4)))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)), sum(squares(100)), max(squares(5)))
def empty():
    return
    yield
print(list(empty()))
def multi():
    yield 1
    yield "two"
    yield [3]
a, b, c = multi()
print(a, b, c)
g = squares(3)
print(iter(g) is g, type(g).__name__)
