# List / tuple indexing with negative indexes in hot loops; IndexError caught mid-loop.
lst = list(range(100, 200))
tup = tuple(range(-50, 50))
acc = 0
for i in range(5000):
    acc += lst[i % 100] - lst[-(i % 100) - 1] + tup[i % 100] * tup[-1 - i % 7]
print(acc)

def probe(seq, n):
    errs = []
    total = 0
    for i in range(n):
        k = i % 300 - 150
        if i == 2500:
            k = 100
        try:
            total += seq[k]
        except IndexError as e:
            errs.append(str(e))
    return total, len(errs), sorted(set(errs))

print(probe(lst, 4000))
print(probe(tup, 4000))
print(probe("abc" * 0 or list(range(99)), 4000))

# index past the end appears only after the loop is hot
data = [i * i for i in range(3000)]
s = 0
i = 0
try:
    while True:
        s += data[i]
        i += 1
except IndexError as e:
    print("stopped at", i, s, e)

# string and tuple index errors have their own messages
for seq in ("hello", (1, 2, 3), [1]):
    for k in range(3000):
        try:
            seq[k]
        except IndexError as e:
            print(type(seq).__name__, k, e)
            break

# index with bool, big int, and non-int
print(lst[True], lst[-True], tup[False])
for bad in (2 ** 70, -(2 ** 70)):
    try:
        lst[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
# assignment through negative indexes in a hot loop
buf = [0] * 10
for i in range(3000):
    buf[-(i % 10) - 1] += i
print(buf)
try:
    buf[10] = 1
except IndexError as e:
    print("IndexError:", e)
