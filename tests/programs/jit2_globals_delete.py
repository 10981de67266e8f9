# A global is deleted mid-loop; the NameError must surface correctly.
limit = 3000
step = 3
acc = 0
try:
    for i in range(limit):
        acc += step
        if i == 2345:
            del step
except NameError as e:
    print("NameError:", e, acc, i)

step = 1.25
acc = 0
for i in range(limit):
    acc += step
print(acc)

def run():
    total = 0
    for i in range(3000):
        total += factor
        if i == 2000:
            set_factor("x")
            try:
                total += factor
            except TypeError as e:
                print("TypeError", e)
                set_factor(2)
    return total

def set_factor(v):
    global factor
    factor = v

factor = 7
print(run())

def shadow_len(on):
    global len
    if on:
        len = lambda o: 1000
    else:
        del len

def use_len(lst):
    n = 0
    for i in range(3000):
        n += len(lst)
        if i == 1000:
            shadow_len(True)
        if i == 2000:
            shadow_len(False)
    return n
print(use_len([1, 2, 3]))

def use_abs():
    n = 0
    for i in range(-1500, 1500):
        n += abs(i)
    return n

print(use_abs())
abs = lambda v: 1
print(use_abs())
del abs
print(use_abs())
