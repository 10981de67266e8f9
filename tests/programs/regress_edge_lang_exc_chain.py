def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, e.args,
          "cause=" + (type(c).__name__ if c else "None"),
          "context=" + (type(x).__name__ if x else "None"),
          "suppress=" + str(e.__suppress_context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as e:
    show(e)
    show(e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    show(e)
try:
    try:
        raise OSError("x")
    except OSError:
        raise RuntimeError("none") from None
except RuntimeError as e:
    show(e)
try:
    raise IndexError("a") from KeyError("b")
except IndexError as e:
    show(e)
    print(repr(e.__cause__))
try:
    try:
        raise ValueError(1)
    finally:
        print("finally runs")
except ValueError as e:
    show(e)
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
except ValueError as e:
    show(e)
err = None
try:
    raise ValueError("bound")
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
e1 = ValueError("x")
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(42, "custom")
except Exception as e:
    print(type(e).__name__, e.code, str(e), e.args)
try:
    raise Exception("a", "b", 3)
except Exception as e:
    print(str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(ValueError("q")))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    except NotExc:
        pass
    print("no exception, no check")
    try:
        1/0
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
