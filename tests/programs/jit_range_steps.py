# range iteration in hot loops: steps, negative steps, empty ranges, loop variable after the loop.
def sums():
    out = []
    for (a, b, s) in [(0, 5000, 1), (5000, 0, -1), (-3000, 3000, 7), (3000, -3000, -11),
                      (10, 10, 1), (10, 0, 1), (0, 10, -1), (7, 6000, 13)]:
        t = 0
        c = 0
        for i in range(a, b, s):
            t += i
            c += 1
        out.append((a, b, s, t, c, len(range(a, b, s))))
    return out

for row in sums():
    print(row)

# loop variable keeps its last value; empty loop leaves it unbound/unchanged
k = "unset"
for k in range(3, 4000, 5):
    pass
print("k", k)
k2 = "unchanged"
for k2 in range(100, 0):
    pass
print("k2", k2)

def last(n):
    for i in range(n):
        pass
    try:
        return i
    except UnboundLocalError as e:
        return str(e)

print(last(3000), last(0))

# nested ranges whose bounds depend on the outer variable
tri = 0
for i in range(100):
    for j in range(i, -1, -3):
        tri += j
print("tri", tri)

# range object operations used in a hot loop
r = range(-50, 3000, 3)
acc = 0
for i in range(3000):
    acc += r[i % len(r)] + r[-(i % 7) - 1]
print(acc, r[5], r[-1], len(r), 2998 in r, 2999 in r, r.index(100), r.count(1))
print(list(range(10, -10, -4)), list(range(0)), range(5)[1:4], range(0, 20, 3)[::-2])
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
