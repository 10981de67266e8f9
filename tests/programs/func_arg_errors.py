# TypeError messages for wrong argument counts and names.
def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a
def h():
    return 0
def k(a, b, c):
    return 0
ident = lambda x: x
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(x=1),
    lambda: k(1),
    lambda: k(),
    lambda: ident(),
    lambda: f(1, 2, **{"a": 5}),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError as e:
    print("TypeError:", e)
try:
    C().m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
try:
    len([1], [2])
except TypeError as e:
    print("TypeError:", e)
f(1, 2, 3)
