# Exceptions raised in compiled loops and in compiled callees, caught at various levels;
# finally blocks that modify loop variables; return inside finally.
def risky(i):
    if i % 997 == 996:
        raise KeyError(i)
    if i % 1499 == 1498:
        return 1 // (i - i)
    return i * 2

def caller(n):
    total = 0
    errs = []
    for i in range(n):
        try:
            total += risky(i)
        except KeyError as e:
            errs.append(("K", e.args[0]))
        except ZeroDivisionError as e:
            errs.append(("Z", str(e)))
    return total, errs

print(caller(4000))

def index_oob(lst, n):
    hits = 0
    misses = 0
    for i in range(n):
        try:
            hits += lst[i % (len(lst) + 3)]
        except IndexError:
            misses += 1
    return hits, misses

print(index_oob(list(range(100)), 5000))

def finally_modifies(n):
    out = 0
    i = 0
    while i < n:
        try:
            if i % 500 == 0:
                continue
            out += i
        finally:
            i += 1
    return out, i

print(finally_modifies(3000))

def return_in_finally(n):
    acc = 0
    for i in range(n):
        try:
            acc += i
            if i == n - 10:
                raise ValueError("boom")
        finally:
            if i == n - 10:
                return acc, "swallowed"
    return acc, "normal"

print(return_in_finally(3000))

def break_in_finally(n):
    acc = 0
    for i in range(n):
        try:
            acc += 1 / (i - 2500)
        except ZeroDivisionError:
            acc = -acc
        finally:
            if i > 2800:
                break
    return acc

print(break_in_finally(3000))

def nested_try(n):
    log = []
    c = 0
    for i in range(n):
        try:
            try:
                if i % 1000 == 999:
                    raise TypeError("inner %d" % i)
                c += i
            except TypeError as e:
                if i % 2000 == 1999:
                    raise
                log.append(str(e))
        except TypeError as e:
            log.append("outer " + str(e))
    return c, log

print(nested_try(4000))

def overflow_caught(n):
    res = []
    x = 1.5
    for i in range(n):
        try:
            x = x ** 2 if x < 1e200 else x * 1e200
        except OverflowError as e:
            res.append((i, str(e)))
            x = 1.5
    return res[:3], len(res)

print(overflow_caught(3000))

def raise_from_native_math(n):
    import math
    bad = 0
    acc = 0.0
    for i in range(n):
        try:
            acc += math.sqrt(1000 - i)
        except ValueError:
            bad += 1
    return round(acc, 6), bad

print(raise_from_native_math(3000))

def exc_var_cleanup(n):
    e = "before"
    for i in range(n):
        try:
            if i == n - 1:
                raise RuntimeError("last")
        except RuntimeError as e:
            pass
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)

print(exc_var_cleanup(3000))

def uncaught_in_loop(n):
    acc = 0
    for i in range(n):
        acc += 10 // (n - 1 - i)
    return acc

try:
    uncaught_in_loop(3000)
except ZeroDivisionError as e:
    print("caught outside:", e)

def raises_in_callee_chain(n):
    def a(i):
        return b(i) + 1
    def b(i):
        return c(i) * 2
    def c(i):
        if i == n - 3:
            raise LookupError("deep %d" % i)
        return i
    t = 0
    for i in range(n):
        t += a(i)
    return t

try:
    print(raises_in_callee_chain(3000))
except LookupError as e:
    print("LookupError", e)
