# Handled-exception state across Python-to-Python calls that the interpreter runs
# in one dispatch loop: a handler in a callee must not clear the caller's
# exception (bare `raise`, `__context__`), and exceptions unwind correctly
# through several such frames.


def inner():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    return 1


def outer():
    try:
        raise ValueError("v")
    except ValueError:
        inner()
        raise


try:
    outer()
except ValueError as e:
    print("reraised", repr(e), e.__context__)


def inner2():
    try:
        raise KeyError("k2")
    except KeyError as e:
        return repr(e.__context__)


def outer2():
    try:
        1 / 0
    except ZeroDivisionError:
        return inner2()


print(outer2())


def level(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return level(n - 1)
    finally:
        if n % 3 == 0:
            print("finally at", n)


for depth in (1, 5, 9):
    try:
        level(depth)
    except IndexError as e:
        print("caught", depth, e)


def catch_mid(n):
    if n == 0:
        raise LookupError("deep")
    if n == 4:
        try:
            return catch_mid(n - 1)
        except LookupError as e:
            return "handled at 4: " + str(e)
    return catch_mid(n - 1)


print(catch_mid(8))


def handler_then_call():
    try:
        raise TypeError("t")
    except TypeError:
        r = [inner() for _ in range(3)]
        try:
            raise
        except TypeError as e:
            return r, repr(e)


print(handler_then_call())


def rec(n):
    return rec(n + 1) if n < 10**6 else n


for i in range(2):
    try:
        rec(0)
    except RecursionError as e:
        print("recursion", i, e)
print(rec(10**6 - 5))
