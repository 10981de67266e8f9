# Lists mutated while a compiled loop indexes them by range(len(lst)).
def pop_in_range(n):
    lst = list(range(n))
    acc = 0
    try:
        for i in range(len(lst)):
            acc += lst[i]
            if i > 2000:
                lst.pop()
    except IndexError as e:
        print("IndexError", e, i, len(lst))
    return acc

print(pop_in_range(3000))

def negative_index(n):
    lst = [i * 2 for i in range(n)]
    acc = 0
    for i in range(1, n + 1):
        acc += lst[-i]
    try:
        acc += lst[-n - 1]
    except IndexError as e:
        print("neg", e)
    return acc

print(negative_index(3000))

def edge_index(n):
    lst = list(range(n))
    out = []
    for k in range(n + 2):
        j = k - 1 if k < n else k
        try:
            v = lst[j]
        except IndexError:
            out.append(("oob", j))
            continue
        if k % 997 == 0:
            out.append(v)
    return out

print(edge_index(3000))

def replace_list(n):
    a = list(range(n))
    b = [x * 1.5 for x in range(n)]
    cur = a
    acc = 0
    for i in range(n):
        acc += cur[i]
        if i == 2000:
            cur = b
    return acc

print(replace_list(3000))

def store_types(n):
    lst = [0] * n
    for i in range(n):
        if i % 4 == 0:
            lst[i] = i
        elif i % 4 == 1:
            lst[i] = i * 0.5
        elif i % 4 == 2:
            lst[i] = i % 3 == 0
        else:
            lst[i] = None
    s = 0
    nones = 0
    for i in range(n):
        v = lst[i]
        if v is None:
            nones += 1
        else:
            s += v
    return s, nones, lst[-4:]

print(store_types(3000))

def aliased_rows(n):
    row = [0] * 4
    rows = [row] * 3
    for i in range(n):
        rows[i % 3][i % 4] += i
    return rows, rows[0] is rows[2]

print(aliased_rows(3000))

def set_last_minus(n):
    lst = list(range(10))
    for i in range(n):
        lst[-1] = lst[-1] + lst[-10]
        lst[-10] = i
    return lst

print(set_last_minus(3000))

def grow_by_append_index(n):
    lst = [1]
    i = 0
    while len(lst) < n:
        lst.append(lst[i] + lst[-1])
        lst[i] = lst[i] % 1000
        i += 1
    return lst[-1] % 1000000007, len(lst), lst[:5]

print(grow_by_append_index(3000))
