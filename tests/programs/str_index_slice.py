# String indexing (incl. negative) and slicing with steps.
s = "Hello, World!"
print(s[0], s[4], s[-1], s[-13], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-2], s[-1:-6:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:-3:3])
print(s[2:100], s[::3], s[len(s) - 1::-4])
for i in range(-3, 3):
    print(i, s[i])
for bad in (13, -14, 100):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
t = "abcdefghij"
print(t[1:8:3], t[8:1:-3], t[::-1][::-1] == t, t[slice(2, 5)], t[slice(None, None, -3)])
