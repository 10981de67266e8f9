# Order of try/except/else/finally blocks.
def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        log.append("try-end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except KeyError as e:
        log.append("except KeyError " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in range(3):
    print(x, run(x))
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def uncaught_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("handling")
            raise TypeError("from handler")
        finally:
            print("finally still runs")
    except TypeError as e:
        print("caught", e, "context:", repr(e.__context__))
uncaught_in_handler()
try:
    pass
except Exception:
    print("never")
else:
    print("else without error")
