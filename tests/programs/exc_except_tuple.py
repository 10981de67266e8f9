# except with tuples, `as`, and handler ordering.
def classify(v):
    try:
        if v == 0:
            return 1 / v
        if v == 1:
            return [][v]
        if v == 2:
            return {}[v]
        if v == 3:
            return int("nope")
        if v == 4:
            return None + v
        return "ok"
    except (ZeroDivisionError, ValueError) as e:
        return "arith/value: " + type(e).__name__
    except (IndexError, KeyError) as e:
        return "lookup: " + repr(e)
    except Exception as e:
        return "other: " + str(e)
for v in range(6):
    print(v, classify(v))
errs = (TypeError, ValueError)
try:
    raise ValueError("dynamic tuple")
except errs as e:
    print("caught", e)
try:
    raise KeyError("first match wins")
except LookupError:
    print("LookupError handler")
except KeyError:
    print("KeyError handler")
e = "still here"
try:
    raise ValueError("bound")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
