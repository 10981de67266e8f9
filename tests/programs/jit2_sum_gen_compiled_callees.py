# sum() reductions whose loop calls compiled functions that raise or return other types.
def f(i):
    if i % 1000 == 999:
        raise ValueError(i)
    return i * 2

def gen(n):
    for i in range(n):
        try:
            v = f(i)
        except ValueError as e:
            v = -e.args[0]
        yield v

g = gen(3000)
next(g)
print(sum(g))
print(sum(gen(3000)))

def h(i):
    return i * 0.5 if i > 2000 else i

def gen2(n):
    for i in range(n):
        yield h(i)

g = gen2(3000)
next(g)
print(sum(g))
print(sum(h(i) for i in range(3000)))

def k(i):
    return 2 ** 70 if i == 1500 else i
print(sum(k(i) for i in range(3000)))
try:
    print(sum(f(i) for i in range(3000)))
except ValueError as e:
    print("ValueError", e)

def none_at(i):
    if i == 2500:
        return None
    return i
try:
    print(sum(none_at(i) for i in range(3000)))
except TypeError as e:
    print("TypeError", e)
