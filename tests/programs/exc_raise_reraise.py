# raise, bare re-raise, raise from, __cause__ and __context__.
def f():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer got:", e)
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise TypeError("msg", 42)
except TypeError as e:
    print(e.args, str(e), repr(e))
err = KeyError("saved")
try:
    raise err
except KeyError as e:
    print(e is err, e)
def reraiser():
    try:
        raise IndexError("first")
    except IndexError as e:
        saved = e
    raise saved
try:
    reraiser()
except IndexError as e:
    print("reraised", e)
try:
    raise RuntimeError("outer") from ValueError("root")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
raise RuntimeError("final") from KeyError("k")
