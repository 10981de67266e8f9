# Module-level hot loops with globals as loop variables and accumulators, and the same in a function.
total = 0
for i in range(100000):
    total += i ** 2
print(total, i)

count = 0
acc = 0.0
j = 0
while j < 30000:
    if j % 3 == 0:
        count += 1
    acc += j * 0.5
    j += 1
print(count, repr(acc), j)

def same_in_function():
    total = 0
    for i in range(100000):
        total += i ** 2
    count = 0
    acc = 0.0
    j = 0
    while j < 30000:
        if j % 3 == 0:
            count += 1
        acc += j * 0.5
        j += 1
    return total, i, count, acc, j

print(same_in_function())

# globals read by a hot function and written by module code between calls
scale = 3
offset = 1
def apply(v):
    return v * scale + offset

res = 0
for i in range(6000):
    if i == 2000:
        scale = 2.5
    if i == 4000:
        offset = 10 ** 20
    res += apply(i)
print(repr(res))

# a hot function that assigns globals
hits = 0
last = None
def record(v):
    global hits, last
    hits += 1
    last = v

for i in range(5000):
    if i % 2:
        record(i)
print(hits, last)

# tuple unpacking of globals in a hot loop
a, b = 0, 1
for _ in range(3000):
    a, b = b, (a + b) % 1000000007
print(a, b, _)
