# Slicing sequences with explicit slice objects and odd bounds.
a = list(range(10))
print(a[2:8:2], a[8:2:-2], a[-3:], a[:-3], a[::-3], a[100:], a[-100:2])
s = slice(1, 7, 2)
print(a[s], "abcdefgh"[s], tuple(a)[s])
print(s.start, s.stop, s.step, slice(5), slice(5).stop)
print(s.indices(5), slice(None, None, -1).indices(4))
print(a[::], a[:0], a[5:5], a[7:3])
t = (0, 1, 2, 3, 4)
print(t[1:-1], t[::-1], t[-2::-2])
r = range(20)
print(r[3:15:4], list(r[3:15:4]))
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m], m[-1][::-1])
