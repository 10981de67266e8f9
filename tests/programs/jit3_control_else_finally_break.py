# loop vars after loop, for-else, while-else
for i in range(2000):
    pass
print(i)
for j in range(2000):
    if j == 1500:
        break
else:
    print("no")
print(j)
for k in range(1200):
    pass
else:
    print("else", k)
n = 0
while n < 3000:
    n += 1
    if n == 5000: break
else:
    print("while else", n)
n = 0
while n < 3000:
    n += 1
    if n == 2500: break
else:
    print("bad")
print(n)
# empty loop leaves var unchanged
q = "keep"
for q in range(0):
    pass
print(q)
# break inside try/finally in a compiled loop
log = []
def f():
    total = 0
    for i in range(3000):
        try:
            total += i
            if i == 2500:
                break
        finally:
            total += 1
    return total, i
print(f())
def g():
    total = 0
    for i in range(3000):
        try:
            if i % 2:
                continue
            total += i
        finally:
            total -= 1
    return total
print(g())
def h():
    total = 0
    for i in range(3000):
        try:
            if i == 2000:
                raise KeyError(i)
        finally:
            if i == 2000:
                continue
        total += 1
    return total
print(h())
def h2():
    total = 0
    i = 0
    while True:
        i += 1
        try:
            try:
                if i == 2200:
                    return ("ret", total)
                total += i
            finally:
                total += 1
        finally:
            if i == 2200:
                log.append("outer finally")
print(h2(), log)
def h3():
    for i in range(3000):
        try:
            if i == 1800:
                return i
        finally:
            if i == 1800:
                break
    return "broke", i
print(h3())
def h4():
    c = 0
    for i in range(2000):
        for j in range(3):
            try:
                if j == 1: continue
                if i == 1999 and j == 2: break
                c += j
            finally:
                c += 100
        else:
            c += 1
    return c
print(h4())
def h5():
    out = []
    for i in range(1500):
        try:
            x = 10 // (i - 1400)
        except ZeroDivisionError:
            out.append(i)
            continue
        else:
            out.append(-1) if i == 1401 else None
        finally:
            if i == 1400:
                out.append("fin")
    return out
print(h5())
