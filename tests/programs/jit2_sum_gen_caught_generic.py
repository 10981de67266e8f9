# sum() over generators whose loop catches exceptions raised by interpreted instructions.
d = {i: i * 2 for i in range(3000) if i % 700 != 5}
def g(n):
    for i in range(n):
        try:
            v = d[i]
        except KeyError:
            yield -1000000
            continue
        yield v

gen = g(3000)
next(gen)
print(sum(gen))
print(sum(g(3000)))
print(sum(d.get(i, -7) for i in range(3000)))
def h(n):
    for i in range(n):
        try:
            v = d[i]
        except KeyError as e:
            v = e.args[0] * 1.5
        yield v
gen = h(3000)
next(gen)
print(sum(gen))
def k(n):
    for i in range(n):
        try:
            yield d[i]
        finally:
            if i == 2000:
                print("finally at 2000")
gen = k(3000)
next(gen)
try:
    print(sum(gen))
except KeyError as e:
    print("KeyError", e)
