def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))
n = 0
while n < 3:
    n += 1
else:
    print("while else ran", n)
while True:
    break
else:
    print("never")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
    else:
        print("inner else never")
    if i == 1:
        continue
    print("outer", i)
else:
    print("outer else", i)
for x in []:
    pass
else:
    print("empty for else")
def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(40))
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("no")
print("i", i)
for i in range(3):
    pass
print("leaked", i)
for i in range(0):
    pass
print("unchanged", i)
k = 5
while k:
    k -= 1
    try:
        if k == 3:
            continue
        if k == 1:
            break
    finally:
        print("fin", k)
else:
    print("no else")
total = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a + b + c == 6:
                total += 1
                break
        else:
            continue
        break
print(total, a, b, c)
it = iter(range(5))
for v in it:
    if v == 2:
        break
print(list(it))
result = []
for i in range(3):
    result.append(i)
    if len(result) < 5:
        result.append(-i)
print(result)
for ch in "ab":
    for n in (1, 2):
        print(ch * n, end=" ")
print()
x = 10
while x > 0:
    x -= 3
else:
    print("x =", x)
