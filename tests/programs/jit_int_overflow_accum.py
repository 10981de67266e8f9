# Int accumulators and products that outgrow 64 bits while the loop is hot.
total = 0
for i in range(100000):
    total += i ** 2 * 1000003
    if i % 20000 == 0:
        print("sq", i, total)
print("sum", total, total > 2 ** 63)

def product(n):
    p = 1
    for i in range(1, n):
        p *= (i % 50) + 2
        if i % 10 == 0:
            p %= 2 ** 127 - 1
        if i % 700 == 0:
            print("prod", i, p)
    return p

print(product(3500))

def crossing():
    x = 2 ** 63 - 3000
    out = []
    for i in range(5000):
        x += 1
        if i % 1000 == 0 or 2995 <= i <= 3002:
            out.append(x)
    return out

print(crossing())

def neg_crossing():
    x = -(2 ** 63) + 2500
    lo = None
    for i in range(4000):
        x -= 1
        if i == 2499 or i == 2500 or i == 2501:
            print("neg", i, x, -x, abs(x), x * -1)
        lo = x
    return lo

print(neg_crossing())
m = -(2 ** 63)
print(-m, -(-2 ** 63), abs(m), m // -1, m * -1, m - 1, m % -1, divmod(m, -1))

# multiply that overflows only after many iterations
def mulgrow(n):
    v = 3
    res = []
    for i in range(n):
        v = v * 3 if i % 500 == 499 else v
        if i % 500 == 499:
            res.append(v)
    return res

print(mulgrow(30000)[-3:])

# subtract back below 64 bits: result must shrink again
big = 2 ** 64
for i in range(4000):
    big -= 2 ** 52
print("shrunk", big, big < 2 ** 63)
