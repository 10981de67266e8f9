# Accumulators that outgrow i64 partway through hot loops.
def grow(n):
    x = 1
    for i in range(n):
        x *= 3
    return x
for n in (10, 39, 40, 41, 100, 200):
    print(n, grow(n))
def add_until(limit):
    x = 9223372036854775800
    for i in range(limit):
        x += 1
    return x
print(add_until(5), add_until(7), add_until(8), add_until(1000))
def sub_below(limit):
    x = -9223372036854775800
    for i in range(limit):
        x -= 1
    return x
print(sub_below(8), sub_below(9), sub_below(500))
def neg_min():
    m = -9223372036854775807 - 1
    return -m, abs(m), m * -1, m // -1, m - 1, m * m
print(neg_min())
def shift(n):
    v = 1
    for _ in range(n):
        v <<= 1
    return v
print(shift(62), shift(63), shift(64), shift(130))
total = 0
for i in range(100000):
    total += i * 100000000000
print(total)
def mul_back_down(n):
    x = 2 ** 62
    for _ in range(n):
        x = x * 4 // 4
    return x
print(mul_back_down(1000))
