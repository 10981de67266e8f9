def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    z = yield "o1"
    return z
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("final", e.value)
def sub():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield "recovered"
    finally:
        print("sub finally")
def deleg():
    yield from sub()
    yield "after"
d = deleg()
print(next(d))
print(d.throw(KeyError("k")))
print(next(d))
print(list(d))
d2 = deleg()
next(d2)
d2.close()
print("d2 closed")
def from_iterables():
    yield from [1, 2]
    yield from (x * 10 for x in range(2))
    yield from "ab"
    yield from range(3, 5)
    yield from {7: 0}
print(list(from_iterables()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), iter([4]))))
def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
def ret_only():
    return 5
    yield
def use_ret():
    v = yield from ret_only()
    yield v
print(list(use_ret()))
def sub_raise():
    yield 1
    raise ValueError("from sub")
def outer_catch():
    try:
        yield from sub_raise()
    except ValueError as e:
        yield "caught " + str(e)
print(list(outer_catch()))
def send_through():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def wrapper():
    res = yield from send_through()
    yield "res=%d" % res
w = wrapper()
next(w)
w.send(3); w.send(4)
print(w.send(None))
