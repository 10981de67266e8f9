import math
vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e-320, -1e-320, 1e308, -1e308, float('inf'), -float('inf'), 3, -3, 0]
out = []
for rep in range(12):
    for a in vals:
        for b in vals:
            try:
                q = a // b
            except ZeroDivisionError as e:
                q = "ZDE " + str(e)
            try:
                r = a % b
            except ZeroDivisionError as e:
                r = "ZDE " + str(e)
            try:
                d = divmod(a, b)
            except ZeroDivisionError as e:
                d = "ZDE " + str(e)
            if rep == 11:
                out.append((repr(a), repr(b), repr(q), repr(r), repr(d)))
for o in out:
    print(o)
s = []
for i in range(1500):
    x = -0.0 * i
    s.append(repr(x % 5.0))
    s.append(repr((-x) % -5.0))
    s.append(repr(x // 5.0))
    s.append(repr(math.copysign(1, -0.0 // 3.0)))
print(s[:8], s[-8:])
m = []
for i in range(1500):
    m.append(repr(max(1, 1.0)))
    m.append(repr(max(1.0, 1)))
    m.append(repr(min(1, 1.0)))
    m.append(repr(min(1.0, 1)))
    m.append(repr(max(0.0, -0.0)))
    m.append(repr(min(-0.0, 0.0)))
    m.append(repr(max(i % 3, 1.0)))
    m.append(repr(min(True, 1)))
    m.append(repr(max(1, True, 1.0)))
    m.append(repr(max(float('nan'), 1)))
    m.append(repr(max(1, float('nan'))))
print(m[:11])
print(m[-11:])
def mx(a, b): return max(a, b)
def mn(a, b): return min(a, b)
t = []
for i in range(3000):
    a = i % 5
    b = float(i % 4)
    t.append(repr(mx(a, b)) + repr(mn(a, b)))
print(t[:30])
print(len(set(t)))
