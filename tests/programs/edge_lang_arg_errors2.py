def check(fn, *a, **k):
    try:
        fn(*a, **k)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
class A:
    def m(self, x, *, y):
        pass
    def __init__(self, a, b=2):
        pass
    @staticmethod
    def s(p):
        pass
check(A(1).m, 1, z=3)
check(A(1).m, 1)
check(A(1).m, 1, 2)
check(A)
check(A, 1, 2, 3)
check(A, 1, c=3)
check(A.s)
check(A.s, p=1, q=2)
def outer():
    def inner(a, b):
        pass
    return inner
check(outer(), 1)
check(outer(), 1, 2, 3)
check(outer(), 1, b=2, c=3)
check(lambda: 0, 1)
check(lambda x: 0)
def kw3(*, a, b, c):
    pass
check(kw3)
check(kw3, b=1)
def pos3(a, b, c, d=1):
    pass
check(pos3)
check(pos3, 1, 2)
check(pos3, 1, d=4)
def po(a, b, /):
    pass
check(po, a=1, b=2)
check(po, 1, b=2)
def po2(a, /, **kw):
    return kw
print(po2(1, a=2))
def mixed(a, b=2, *args, c, d=4, **kw):
    pass
check(mixed, 1, 2, 3, d=1)
def varpos_missing(a, *args):
    pass
check(varpos_missing)
def kwonly_after_args(*args, need):
    pass
check(kwonly_after_args, 1, 2)
def takes_two(a, b):
    pass
check(takes_two, 1, 2, 3, 4)
check(takes_two, 1, a=1)
def one_default(a, b=1):
    pass
check(one_default, 1, 2, 3)
def kwonly_given_pos(a, *, b):
    pass
check(kwonly_given_pos, 1, 2)
check(kwonly_given_pos, 1, 2, b=3)
def none():
    pass
check(none, a=1)
check(none, 1, 2)
