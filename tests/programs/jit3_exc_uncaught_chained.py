def conv(i):
    try:
        return 10 // (i - 1700)
    except ZeroDivisionError as e:
        raise ValueError("bad value %d" % i) from e
def work(i):
    t = 0
    for k in range(2):
        t += conv(i + k)
    return t
def run():
    s = 0
    for i in range(3000):
        try:
            s += work(i)
        finally:
            if i == 1699:
                print("finally at", i, s)
    return s
print(run())
