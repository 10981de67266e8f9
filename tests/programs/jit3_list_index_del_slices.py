L = list(range(10))
out = []
for i in range(3000):
    idx = (i % 25) - 12
    try:
        out.append(L[idx])
    except IndexError as e:
        out.append(str(e))
print(out[:30])
T = tuple(range(10))
o2 = []
for i in range(3000):
    idx = (i % 25) - 12
    try:
        o2.append(T[idx])
    except IndexError as e:
        o2.append(str(e))
print(o2[:30])
for i in range(1500):
    try:
        L[idx] = i
    except IndexError as e:
        err = str(e)
print(err, L)
S = "abcdef"
for i in range(1500):
    try:
        c = S[i % 10 - 3]
    except IndexError as e:
        err = str(e)
print(err, c)
# set on changing lengths
L = []
for i in range(3000):
    L.append(i)
    L[i // 2] = -i
    if i % 7 == 0:
        L.pop()
print(len(L), sum(L), L[:10])
# del in a loop
L = list(range(3000))
i = 0
while i < len(L):
    if L[i] % 3 == 0:
        del L[i]
    else:
        i += 1
print(len(L), L[:10], L[-5:])
L = list(range(2500))
for i in range(1200):
    del L[-1]
    del L[0]
print(len(L), L[:3])
L = list(range(2500))
for i in range(1200):
    del L[i:i+1]
print(len(L), L[:5], L[-5:])
try:
    for i in range(2000):
        del L[0]
except IndexError as e:
    print("IE", e, i)
# slices
L = list(range(100))
s = 0
for i in range(3000):
    a = i % 120 - 10
    b = a + (i % 17) - 8
    s += sum(L[a:b]) + len(L[b:a:-1]) + len(L[::(i % 5) + 1]) + len(L[-a:])
print(s)
for i in range(1500):
    M = L[:]
    M[2:5] = [i]
    M[-3:] = []
print(len(M), M[:5])
try:
    for i in range(1500):
        z = L[::0 if i == 1400 else 1]
except ValueError as e:
    print("VE", e)
try:
    for i in range(1500):
        L[::2] = [0] * (50 if i < 1300 else 3)
except ValueError as e:
    print("VE", e)
# index with bool and bigint
for i in range(1500):
    a = L[True]
    try:
        b = L[2**64 if i == 1400 else 0]
    except IndexError as e:
        print("IE", e)
print(a)
for i in range(1500):
    try:
        b = L[1.0 if i == 1400 else 0]
    except TypeError as e:
        print("TE", e)
