# Huge ranges broken out of early, and ranges whose values cross or exceed 2**63.
def early(limit):
    t = 0
    for i in range(10 ** 18):
        t += i
        if i == limit:
            break
    return t

print(early(4000))

big = 2 ** 63
out = []
for i in range(big - 2500, big + 2500):
    if i >= big - 2 and i <= big + 1:
        out.append(i)
print(out, i)

t = 0
for i in range(-(2 ** 64), -(2 ** 64) + 9000, 3):
    t += i
print("neg", t)

r = range(0, 10 ** 30, 10 ** 25)
acc = 0
n = 0
for v in r:
    acc += v
    n += 1
    if n == 3000:
        break
print(acc, n, len(r))

# huge-step range and huge reversed range broken early
c = 0
for v in range(2 ** 70, 0, -(2 ** 60)):
    c += 1
print("c", c)
cnt = 0
for v in range(2 ** 65 - 1, -1, -1):
    cnt += 1
    if cnt > 3000:
        print("rev", v)
        break
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[-1], range(2 ** 64)[2 ** 63], (2 ** 63) in range(2 ** 64))
