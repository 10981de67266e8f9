# Hot-loop int + - * // % and unary minus with negative operands (Python floor semantics).
def mix(n):
    acc = 0
    for i in range(-n, n):
        a = i * 7 - 3
        b = (i % 13) - 6
        if b == 0:
            b = 5
        q = a // b
        r = a % b
        acc += q * 3 - r + (-a) // 4 - (-a) % 4
        if (i + n) % 1000 == 0:
            print("chk", i, acc, q, r)
    return acc

print(mix(3000))

# floor division / modulo identity checked for every pair
bad = 0
count = 0
for a in range(-60, 61):
    for b in range(-9, 10):
        if b == 0:
            continue
        q, r = a // b, a % b
        count += 1
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
print("identity pairs", count, "bad", bad)

# module-level accumulator with unary minus and subtraction going negative
total = 0
for i in range(5000):
    total -= i
    total = -total if i % 3 == 0 else total
    if i % 1250 == 0:
        print("mod", i, total)
print("final", total)

# mixed small ops with constants on both sides
x = 17
for i in range(4000):
    x = (x * 31 + 7) % 1000003
    x = x - 500000 if x > 500000 else x
    x = -x // 3 if x < -400000 else x
print("lcg", x)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, 0 // -5, 0 % -5)
