# A global used by a hot module-level loop is deleted, rebound to another type, and recreated.
factor = 2
total = 0
errors = []
for i in range(6000):
    if i == 2000:
        del factor
    elif i == 2500:
        factor = 0.5
    elif i == 4000:
        factor = "x"
    elif i == 4001:
        factor = 3
    try:
        total += i * factor
    except NameError as e:
        if not errors or errors[-1][1] != str(e):
            errors.append((i, str(e)))
    except TypeError as e:
        errors.append((i, str(e)))
print(repr(total), errors)

# the loop accumulator itself is deleted mid-loop then recreated
acc = 0
fails = 0
for i in range(5000):
    if i == 3000:
        del acc
    try:
        acc += i
    except NameError:
        fails += 1
        acc = 0
print(acc, fails)

# a function reading a global that is deleted between hot calls
limit = 100
def clamp(v):
    return v if v < limit else limit

s = 0
for i in range(3000):
    s += clamp(i)
print(s)
del limit
try:
    clamp(5)
except NameError as e:
    print("NameError:", e)
limit = 2.5
print(clamp(1), clamp(7))

# a hot function rebinds the global the module loop is accumulating into
k = 0
def bump():
    global k
    k = 10 ** 6
for i in range(4000):
    if i == 3000:
        bump()
    k += 1
print(k)
