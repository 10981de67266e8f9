# A frameless function unit leaving through its exit hub with int, float and bool
# registers live: an int overflow (most calls once n is large) and a callee's
# float result (every 50th call) both rebuild the frame from raw tags and payloads.
def g2(n):
    if n % 50 == 49:
        return 1.5
    return n + 1

def h(n, x):
    a = x * 2.0
    b = n > 5
    c = n + 1
    d = g2(n)
    e = c * 2 ** 58
    if b:
        return int(a) + d + e % 7
    return d

tot = 0
res = []
for i in range(400):
    r = h(i, i * 0.5)
    res.append(r)
print(res[40:60], res[-3:], sum(res))
