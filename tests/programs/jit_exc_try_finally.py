# try/finally inside hot loops with break, continue and return; finally always runs.
log = []

def with_return(n):
    t = 0
    for i in range(n):
        try:
            if i == 2500:
                return t, "returned"
            t += i
        finally:
            if i % 1000 == 0 or i == 2500:
                log.append(("ret", i))
    return t, "end"

print(with_return(4000))

fin = 0
total = 0
for i in range(5000):
    try:
        if i % 3 == 0:
            continue
        if i == 4000:
            break
        total += i
    finally:
        fin += 1
print(total, fin)

# finally overriding the return value / swallowing an exception
def override(i):
    try:
        if i % 2:
            raise ValueError(i)
        return "try"
    finally:
        if i % 1000 == 999:
            return "finally"

res = {}
for i in range(3000):
    try:
        r = override(i)
    except ValueError:
        r = "raised"
    res[r] = res.get(r, 0) + 1
print(sorted(res.items()))

# nested try/finally with break out of an inner loop
order = []
count = 0
for i in range(3000):
    try:
        for j in range(10):
            try:
                if j == 3:
                    break
                count += 1
            finally:
                count += 100
    finally:
        if i == 2999:
            order.append(count)
print(order)

# exception passes through finally blocks that run and then re-raise
def thrower(i):
    try:
        try:
            if i == 2600:
                raise LookupError("gone")
            return 1
        finally:
            log.append(("inner", i)) if i == 2600 else None
    finally:
        log.append(("outer", i)) if i >= 2600 and i < 2602 else None

s = 0
for i in range(3000):
    try:
        s += thrower(i)
    except LookupError as e:
        log.append(("caught", str(e)))
print(s)
print(log)

# while loop with try/except/else/finally and continue in every clause
i = 0
tally = [0, 0, 0]
while i < 4000:
    i += 1
    try:
        if i % 4 == 0:
            raise KeyError(i)
    except KeyError:
        tally[0] += 1
        continue
    else:
        tally[1] += 1
        continue
    finally:
        tally[2] += 1
print(tally)
