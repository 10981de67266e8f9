def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("else not reached")
    return i
print(f4())
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out", i
print(f5())
def f6():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("f6 finally", i)
print(f6())
def f7():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f7())
def f8():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    else:
        return "else"
    finally:
        print("f9 finally")
print(f9())
def f10():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f10 finally")
print(f10())
def f11():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup")
    except ValueError as e:
        return "outer caught " + str(e)
print(f11())
def f12():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError
            finally:
                if i == 1:
                    continue
        except ValueError:
            print("never")
        print("loop", i)
f12()
def f13():
    r = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                r.append((i, j))
            finally:
                r.append("f")
    return r
print(f13())
def f14():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        finally:
            return "finally overrides"
print(f14())
def gen_finally():
    try:
        yield 1
        return
    finally:
        print("gen finally")
print(list(gen_finally()))
def f15():
    count = 0
    while count < 5:
        count += 1
        try:
            if count % 2:
                continue
        finally:
            pass
        print("even", count)
    else:
        print("while else", count)
f15()
