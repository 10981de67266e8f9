# raise and catch inside hot loops: builtin and user exception classes, args, else/finally counts.
class AppError(Exception):
    def __init__(self, code, why):
        super().__init__(code, why)
        self.code = code

class Minor(AppError):
    pass

def check(i):
    if i % 997 == 996:
        raise Minor(i, "minor")
    if i % 1999 == 1998:
        raise AppError(i, "major")
    if i == 2750:
        raise KeyError(i)
    return i % 3

counts = {"ok": 0, "minor": 0, "app": 0, "key": 0, "else": 0, "finally": 0}
codes = []
total = 0
for i in range(5000):
    try:
        total += check(i)
    except Minor as e:
        counts["minor"] += 1
        codes.append(("minor", e.code, e.args))
    except AppError as e:
        counts["app"] += 1
        codes.append(("app", e.code, str(e)))
    except LookupError as e:
        counts["key"] += 1
        codes.append(("key", repr(e)))
    else:
        counts["else"] += 1
    finally:
        counts["finally"] += 1
print(total, counts)
for c in codes:
    print(c)

# raise in the loop body itself, caught in the same iteration, exception variable cleared
n = 0
for i in range(4000):
    try:
        if i % 2:
            raise ValueError("odd %d" % i)
        n += 1
    except ValueError as err:
        n += len(err.args[0]) % 3
print(n)
try:
    err
except NameError as e:
    print("NameError:", e)

# re-raise and exception chaining in a hot loop
chained = 0
last = None
for i in range(3000):
    try:
        try:
            if i % 500 == 499:
                1 // 0
        except ZeroDivisionError as z:
            raise RuntimeError("wrapped") from z
    except RuntimeError as r:
        chained += 1
        last = (type(r.__cause__).__name__, str(r.__cause__), r.__suppress_context__)
print(chained, last)

# bare raise re-raises the active exception
def reraiser(i):
    try:
        if i == 2500:
            raise TypeError("bad %d" % i)
        return 1
    except TypeError:
        raise

s = 0
for i in range(4000):
    try:
        s += reraiser(i)
    except TypeError as e:
        print("caught", e)
print(s)
