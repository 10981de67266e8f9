def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v is None:
                break
            received.append(v)
    finally:
        print("echo finally", received)
    return "done:" + ",".join(received)
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
g = echo()
try:
    g.send("x")
except TypeError as e:
    print("TypeError:", e)
def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
g = gen()
print(g.send(None))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", repr(e.value))
try:
    next(g)
except StopIteration:
    print("exhausted")
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
    yield 2
t = thrower()
print(next(t), t.throw(ValueError("v")), next(t))
t2 = thrower()
try:
    t2.throw(ValueError("early"))
except ValueError as e:
    print("early throw propagates:", e)
print(list(t2))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")
c = closer()
next(c)
c.close()
print(list(c))
def ret_in_finally():
    try:
        yield 1
    finally:
        return
r = ret_in_finally()
next(r)
r.close()
print("closed ok")
def gexit_swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed")
s = gexit_swallow()
next(s)
s.close()
print("swallow ok")
def running():
    yield g_self.send(None)
g_self = running()
try:
    next(g_self)
except ValueError as e:
    print("ValueError:", e)
def types():
    yield 1
gt = types()
print(type(gt).__name__)
print(gt.__name__)
