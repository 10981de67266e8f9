# Lists mutated while a compiled loop iterates them with `for x in lst`.
def append_while_iter(n):
    lst = list(range(n))
    total = 0
    for x in lst:
        total += x
        if x % 1000 == 999 and len(lst) < n + 5:
            lst.append(-x)
    return total, len(lst), lst[-3:]

print(append_while_iter(3000))

def pop_while_iter(n):
    lst = list(range(n))
    seen = 0
    acc = 0
    for x in lst:
        seen += 1
        acc += x
        if x > 2000:
            lst.pop()
    return seen, acc, len(lst)

print(pop_while_iter(3000))

def insert_while_iter(n):
    lst = list(range(n))
    acc = 0
    cnt = 0
    for x in lst:
        acc = acc * 3 + x
        acc %= 1000003
        cnt += 1
        if cnt == 2500:
            lst.insert(0, 77)
        if cnt == 2700:
            lst.insert(cnt, 12345)
    return acc, cnt, len(lst)

print(insert_while_iter(3000))

def clear_while_iter(n):
    lst = list(range(n))
    acc = 0
    for x in lst:
        acc += x
        if x == 2222:
            lst.clear()
    return acc, lst

print(clear_while_iter(3000))

def slice_assign_while_iter(n):
    lst = list(range(n))
    acc = 0
    for x in lst:
        acc += x
        if x == 1500:
            lst[1501:] = [10 ** 20, 2.5, True, 7]
    return acc, len(lst)

print(slice_assign_while_iter(3000))

def shrink_then_grow(n):
    lst = list(range(n))
    acc = 0
    i = 0
    for x in lst:
        i += 1
        acc += x
        if i == 2000:
            del lst[1000:]
        if i == 1000:
            lst.extend(range(5))
    return acc, i, len(lst)

print(shrink_then_grow(3000))

# module-level version
lst = list(range(4000))
tot = 0
for x in lst:
    tot += x
    if x == 3000:
        lst[3001:3999] = []
print(tot, len(lst))
