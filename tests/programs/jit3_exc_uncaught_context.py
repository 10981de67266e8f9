def g(d, i):
    return d[i]
def f(d, i):
    try:
        return g(d, i)
    except KeyError:
        return [1, 2][i]
d = {i: i for i in range(1500)}
tot = 0
for i in range(3000):
    tot += f(d, i)
print(tot)
