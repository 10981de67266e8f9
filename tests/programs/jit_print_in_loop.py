# A hot loop that prints inside it (every 500 iterations), with sep/end and mixed value types.
total = 0
for i in range(6000):
    total += i * i
    if i % 500 == 0:
        print(i, total, sep=":", end=";\n")
print("done", total)

def report(n):
    x = 1
    for i in range(n):
        x = (x * 3) % 1000003
        if i % 500 == 499:
            print("step", i, x, x * 0.5, -x, i > 2000, None, [i], (x,), sep=" | ")
    return x

print(report(4000))

# print switches between ints, floats, big ints and strings as the loop runs
v = 0
for i in range(5000):
    if i == 2000:
        v = 0.25
    elif i == 3000:
        v = 2 ** 64
    elif i == 4000:
        v = "s"
    if i % 500 == 0:
        print(i, repr(v), v)
    v = v * 1 if not isinstance(v, str) else v
    if isinstance(v, (int, float)):
        v = v + 1
print(v)

import sys
for i in range(3000):
    if i % 600 == 0:
        sys.stdout.write("w%d\n" % i)
        print("p", i, file=sys.stdout, flush=True)
print(end="")
print("", end="tail\n")
