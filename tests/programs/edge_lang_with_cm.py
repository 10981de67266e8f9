class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kk")
except KeyError as e:
    print("propagated", e)
with CM("x") as x, CM("y") as y:
    print("nested", x, y)
try:
    with CM("o1"), CM("o2", True), CM("o3"):
        raise IndexError("i")
    print("after suppression")
except IndexError:
    print("not reached")
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("no body")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "yes"
with Truthy() as t:
    1 / 0
print("t is", t)
with CM("tuple") as (p):
    print(p)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (m, n):
    print(m + n)
def gen_with():
    with CM("gen"):
        yield 1
        yield 2
g = gen_with()
print(next(g))
g.close()
print("gen closed")
class Args:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et is ZeroDivisionError, isinstance(ev, ZeroDivisionError))
        return True
with Args():
    1 // 0
