log = []
class CM:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self.n
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            log.append(("sup", self.n))
            return True
        return False
cm = CM()
s = 0
for i in range(3000):
    with cm as k:
        s += k
        if i == 2500:
            s += 1 // 0
        if i == 2600:
            continue
        if i == 2998:
            break
        s += 1
print(s, cm.n, log)
def f():
    t = 0
    for i in range(2000):
        with cm:
            t += i
            if i == 1999:
                return t
print(f(), cm.n)
try:
    for i in range(2000):
        with cm:
            if i == 1700:
                raise KeyError("k")
except KeyError as e:
    print("KE", e, cm.n)
def g():
    out = 0
    for i in range(1500):
        try:
            with cm:
                out += i
                if i == 1400:
                    [][0]
        except IndexError:
            out = float(out)
    return out
print(repr(g()))
