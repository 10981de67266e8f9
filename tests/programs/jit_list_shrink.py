# A list shrinking (pop / del / slice assignment / clear) under a running hot loop that indexes it.
def pop_under(n):
    lst = list(range(n))
    i = 0
    total = 0
    while i < len(lst):
        total += lst[i]
        if i == 2500:
            lst.pop()
            lst.pop(0)
            del lst[-100:]
        i += 1
    return i, total, len(lst)

print(pop_under(5000))

# for-in over a list being shrunk: iteration follows the live list
lst = list(range(4000))
seen = 0
acc = 0
for v in lst:
    seen += 1
    acc += v
    if v == 2500:
        del lst[3000:]
print(seen, acc, len(lst))

# slice assignment replaces a range with fewer elements mid-loop, then index errors
vals = list(range(5000))
s = 0
errors = 0
for i in range(5000):
    if i == 2600:
        vals[1000:4000] = [7, 8, 9]
    try:
        s += vals[i]
    except IndexError as e:
        errors += 1
        msg = str(e)
print(s, errors, msg, len(vals))

# list cleared while iterating by index
q = [1] * 3000
t = 0
for i in range(3000):
    if i == 2000:
        q.clear()
    if i < len(q):
        t += q[i]
print(t, len(q))

# list grows while iterating (bounded by break)
grow = [0]
steps = 0
for x in grow:
    steps += 1
    if steps < 4000:
        grow.append(x + 1)
print(steps, grow[-1], len(grow))
