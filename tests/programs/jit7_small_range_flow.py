# Bounds the translator knows for a small range loop's item must not outlive
# the item: reassigned on one branch, squared twice, a shared iterator
# advanced in the body, a while loop rewriting it, negative offsets, steps.
def f(n):
    t = 0
    for i in range(n):
        j = i
        if i % 3 == 0:
            j = 10**18
        t += j * j
    return t
print(f(3000))

def g(n):
    t = 0
    for i in range(n):
        j = i * i
        j = j * j          # (2**31)**4 overflows: must stay checked
        t ^= j
    return t
print(g(3000), g(70000))

def h(n):
    t = 0
    it = iter(range(n))
    for i in it:
        k = next(it, 0)    # the shared iterator advances inside the loop
        t += i * k
    return t
print(h(5001))

def w(n):
    t = 0
    for i in range(n):
        while i > 0:
            i -= 7
        t += i * i
    return t
print(w(4000))

def neg(n):
    t = 0
    for i in range(n):
        t += (i - 2**31) * (i - 2**31) - i * (-i)
    return t
print(neg(3000))

def steps(n):
    t = 0
    for i in range(0, n, 3):
        t += i * i * 5
    for i in range(n, 0, -1):
        t += i * i
    return t
print(steps(6000))

total = 0
for q in range(2500):
    v = q
    v = v * 1000003
    total += v * v
print(total)
