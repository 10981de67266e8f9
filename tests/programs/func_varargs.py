# *args, **kwargs and keyword-only parameters.
def va(*args):
    return args
print(va(), va(1), va(1, "a", None))
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2))
def both(a, *args, k=0, **kwargs):
    return (a, args, k, kwargs)
print(both(1), both(1, 2, 3), both(1, k=5), both(1, 2, z=9, k=3, y=8))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c):
    return (a, b, c)
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(*range(10), start=100))
def forward(*args, **kwargs):
    return both(*args, **kwargs)
print(forward(7, 8, k=1, extra="x"))
print(sorted(kw(c=3, a=1, b=2).items()))
