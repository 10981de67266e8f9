# Wide (128-bit) accumulators that come back into the 64-bit range must behave as ordinary ints afterwards.
big = 2 ** 64
g = 0
for i in range(3000):
    g += big
    g -= big
    g += 1
print(g, type(g))
lst = list(range(5000))
print(lst[g], lst[-g], {3000: "ok"}.get(g), g == 3000, hash(g) == hash(3000), range(g)[-1], "%d" % g, g.bit_length(), g << 1, g * g)

def f(n):
    acc = 0
    for i in range(n):
        acc += big
    for i in range(n):
        acc -= big
    acc += 7
    return acc

v = f(3000)
print(v, lst[v], {7: "seven"}[v], v.bit_length(), [1, 2][v - 6], "abcdefgh"[v], divmod(v, 2))

s = sum((i * big for i in range(2000)), -sum(i * big for i in range(2000))) + 5
print(s, lst[s], {5: 1}[s], s.bit_length())
w = 2 ** 100
for i in range(3000):
    w -= 2 ** 100 // 3000
print(w, w.bit_length())
