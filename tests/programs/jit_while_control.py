# while loops with break / continue / else, and nested loops with branches, run hot.
def collatz_max(limit):
    best = 0
    arg = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, arg = steps, n
        n += 1
    return arg, best

print(collatz_max(3000))

def first_prime_after(n):
    k = n
    while True:
        k += 1
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            return k

print([first_prime_after(10 ** j) for j in range(1, 10)])

# continue skips, break leaves; else runs only without break
i = 0
skipped = 0
total = 0
while i < 5000:
    i += 1
    if i % 7 == 0:
        skipped += 1
        continue
    total += i
    if total > 10 ** 7:
        print("break at", i)
        break
else:
    print("no break")
print(i, skipped, total)

j = 0
while j < 3000:
    j += 1
    if j == 10 ** 9:
        break
else:
    print("else ran", j)

# nested for loops with labelled-style flag exit
found = None
for a in range(1, 300):
    for b in range(a, 500):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 1000:
            found = (a, b, c)
            break
    if found:
        break
print(found)

# branches of an if/elif chain taken in changing proportions
counts = [0, 0, 0, 0]
for i in range(6000):
    if i < 2000 and i % 3:
        counts[0] += 1
    elif i < 4000:
        counts[1] += 1
    elif i % 5 == 0:
        counts[2] += 1
        continue
    else:
        counts[3] += 1
print(counts)
