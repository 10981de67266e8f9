def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f())
def f():
    try:
        return "a"
    finally:
        try:
            raise ValueError
        except ValueError:
            pass
print(f())
def g():
    try:
        yield 1
    except ValueError:
        pass
    yield 2
it = g()
next(it)
print(it.throw(ValueError))
def f():
    x = 0
    try:
        x = 1
        raise KeyError
    except KeyError:
        x = 2
        return x
    finally:
        x = 3
        print("finally x", x)
print(f())
def f():
    while True:
        try:
            try:
                raise ValueError
            finally:
                break
        except ValueError:
            print("never")
    return "ok"
print(f())
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        try:
            raise TypeError("t") from e
        except TypeError as t:
            return repr(t.__cause__), repr(t.__context__)
print(f())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
    finally:
        print("finally before propagate")
except ValueError as e:
    print("outer", e)
def f():
    try:
        raise ValueError
    except ValueError:
        return "returned from except"
    finally:
        print("cleanup")
print(f())
import sys
def f():
    try:
        1/0
    except ZeroDivisionError:
        pass
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(f())
try:
    raise TypeError("a")
except TypeError as e:
    exc = e
print(type(exc).__name__, exc)
def raiser():
    raise ValueError("from func")
try:
    [raiser() for _ in range(1)]
except ValueError as e:
    print(e)
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n); return self
    def __exit__(self, *exc):
        print("close", self.n, exc[0] is not None)
def use():
    with Res(1) as a, Res(2) as b:
        with Res(3):
            raise RuntimeError("deep")
try:
    use()
except RuntimeError as e:
    print("caught", e)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
    finally:
        print("iter", i)
def outer():
    def inner():
        raise KeyError("k")
    try:
        inner()
    except KeyError as e:
        raise LookupError("wrapped") from e
try:
    outer()
except LookupError as e:
    print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)
