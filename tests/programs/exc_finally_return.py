# finally overriding return, swallowing exceptions, return values.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(loop_finally())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
