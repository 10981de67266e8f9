# StopIteration value, return in generators, and PEP 479 conversion.
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def h():
    return "only"
    yield
try:
    next(h())
except StopIteration as e:
    print("value:", e.value)
def leaky():
    yield 1
    raise StopIteration("inside")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e)
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, None))
try:
    next(it2)
except StopIteration as e:
    print("StopIteration args", e.args)
def manual():
    i = iter(range(3))
    while True:
        try:
            v = next(i)
        except StopIteration:
            break
        yield v * 10
print(list(manual()))
