# A global function rebound (and deleted) while a hot loop keeps calling it.
def f(x):
    return x + 1

def g(x):
    return x * 2

total = 0
for i in range(5000):
    if i == 2500:
        f = g
    total += f(i)
print("module", total)

def h(x):
    return x - 1

def caller(n):
    t = 0
    for i in range(n):
        t += h(i)
    return t

print(caller(3000))
saved = h

def h(x):
    return 1000
print(caller(3000))
h = lambda x: x * 0.5
print(caller(3000))
h = saved

# rebinding from inside the called function itself
def step(x):
    global step
    if x == 2222:
        step = lambda y: -y
    return x

acc = 0
for i in range(4000):
    acc += step(i)
print("self", acc)

# a global deleted mid-loop -> NameError caught, then restored
def gone(x):
    return x

keep = gone
errors = 0
msg = ""
acc = 0
for i in range(4000):
    if i == 2500:
        del gone
    if i == 3000:
        gone = keep
    try:
        acc += gone(i)
    except NameError as e:
        errors += 1
        msg = str(e)
print(acc, errors, msg)

# method replaced on a class while a hot loop calls it through instances
class P:
    def val(self, x):
        return x

p = P()
s = 0
for i in range(4000):
    if i == 3000:
        P.val = lambda self, x: x * 10
    s += p.val(i)
print("method", s)
# instance attribute shadowing the method
p.val = lambda x: -1
for i in range(10):
    s += p.val(i)
print(s)
