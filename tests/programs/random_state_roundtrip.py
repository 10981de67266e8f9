# random.getstate()/setstate(): the state tuple, restoring it (also under compiled loops
# that draw random.random() inline), gauss_next, version 2 states, and every error.
import random
random.seed(12345)
s = random.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2], s[1][:3])
a = [random.random() for _ in range(5)]
g1 = random.gauss(0, 1)
random.setstate(s)
b = [random.random() for _ in range(5)]
print(a == b, a[:2])
s2 = random.getstate()
print(s2[2] is None)
random.gauss(0, 1)
s3 = random.getstate()
print(type(s3[2]).__name__)
x = random.gauss(0, 1)
random.setstate(s3)
print(random.gauss(0, 1) == x)
for bad in [(4, s[1], None), (3, list(s[1]), None), (3, s[1][:10], None), (3, s[1][:-1] + (625,), None), (3, s[1][:-1] + (-1,), None), (3, (-1,) + s[1][1:], None), (3, (2**64,) + s[1][1:], None), "abc", 5, (3, s[1]), ("x", 1, 2)]:
    try:
        random.setstate(bad)
        print("ok", random.random())
    except Exception as e:
        print(type(e).__name__, e)
random.setstate((2, tuple(-1 for _ in range(624)) + (624,), None))
print(random.random())
def draw(n):
    t = 0.0
    for i in range(n):
        t += random.random()
    return t
st = random.getstate()
r1 = draw(5000)
random.setstate(st)
r2 = draw(5000)
print(r1 == r2, round(r1, 6))
