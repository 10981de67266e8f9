# Module-level loops whose globals are read/written by functions called in the loop.
counter = 0
total = 0

def peek():
    return counter * 2

acc = 0
for i in range(3000):
    counter += 1
    acc += peek()
print(counter, acc)

def bump():
    global total
    total += 1

for i in range(3000):
    total += 2
    if i % 3 == 0:
        bump()
print(total)

flag = False
flips = 0
for i in range(4000):
    flag ^= (i % 5 == 0)
    flips += flag
print(flag, flips)

val = True
for i in range(3000):
    val += 1
print(val, type(val).__name__)

x = 1
for i in range(3000):
    x = x + 1
    if i == 2000:
        x = x / 2
print(x)

s = 0
for i in range(3000):
    s += i
    if i == 2500:
        s = str(s)
        break
print(repr(s))

g = 5
def read_g():
    return g
out = 0
for i in range(3000):
    out += read_g()
    if i == 1500:
        g = 1.5
    if i == 2500:
        g = 10 ** 20
print(out)

k = 0
for i in range(3000):
    k += 1
    if i == 2000:
        del k
        k = 100
print(k)

def setter(v):
    global gg
    gg = v

gg = 0
acc2 = 0
for i in range(3000):
    acc2 += gg
    setter(i)
print(acc2, gg)
