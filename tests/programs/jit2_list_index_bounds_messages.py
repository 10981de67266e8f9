# Out-of-range list/tuple writes and reads at exactly len and -len-1 from compiled loops,
# with int and bool indexes, and the error messages.
def writes(n):
    lst = [0] * 10
    msgs = {}
    for i in range(n):
        j = (i % 23) - 11
        try:
            lst[j] = i
        except IndexError as e:
            msgs[str(e)] = msgs.get(str(e), 0) + 1
        try:
            lst[j] += 1
        except IndexError as e:
            msgs["aug " + str(e)] = msgs.get("aug " + str(e), 0) + 1
    return lst, sorted(msgs.items())

print(writes(3000))

def reads(n):
    t = (1, 2, 3)
    lst = [4, 5, 6]
    c = 0
    errs = []
    for i in range(n):
        j = i % 9 - 4
        try:
            c += t[j] + lst[j] + lst[j > 0] + t[True]
        except IndexError as e:
            if len(errs) < 4:
                errs.append((j, str(e)))
    return c, errs

print(reads(3000))

def big_index(n):
    lst = list(range(5))
    out = []
    for i in range(n):
        for j in (2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64):
            try:
                lst[j]
            except IndexError as e:
                if i == n - 1:
                    out.append(str(e))
    return out

print(big_index(600))

def del_and_index(n):
    lst = list(range(n))
    t = 0
    i = 0
    while lst:
        t += lst[-1] * (i % 3)
        del lst[-1]
        i += 1
        if i % 1000 == 0:
            t += len(lst)
    return t

print(del_and_index(3000))
