# Exceptions raised several hot frames deep and caught by a hot caller loop further up.
class Stop(Exception):
    pass

def level3(i):
    if i % 1000 == 777:
        raise Stop("deep %d" % i)
    if i == 2900:
        return [][i]
    return i & 7

def level2(i):
    return level3(i) + 1

def level1(i):
    try:
        return level2(i) * 2
    finally:
        level1.calls += 1

level1.calls = 0

def driver(n):
    total = 0
    caught = []
    for i in range(n):
        try:
            total += level1(i)
        except Stop as e:
            caught.append(str(e))
        except IndexError as e:
            caught.append("IndexError: " + str(e))
    return total, caught

print(driver(4000), level1.calls)

# an exception unwinding through a hot recursive chain
def descend(n, boom):
    if n == boom:
        raise ValueError("bottom at %d" % n)
    return descend(n + 1, boom) + 1

got = []
for i in range(3000):
    try:
        descend(0, 5 + i % 20)
    except ValueError as e:
        if i % 600 == 0:
            got.append(str(e))
print(got)

# exception raised in a hot function with a local handler that does not match
def picky(i):
    try:
        if i % 1500 == 1499:
            raise OverflowError("too big %d" % i)
        return i
    except (KeyError, TypeError):
        return -1

acc = 0
for i in range(4500):
    try:
        acc += picky(i)
    except ArithmeticError as e:
        acc -= 1
        print(type(e).__name__, e)
print(acc)

# the same hot frames, now driven from a second loop; the error object carries its message
seen = []
for i in range(3000):
    try:
        level2(777 if i == 2500 else i)
    except (Stop, IndexError) as e:
        seen.append((i, type(e).__name__, str(e)))
print(seen)
