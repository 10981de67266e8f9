# Accumulators growing past 2**64 and 2**127 in hot loops (128-bit representation, then big ints).
def grow(n, step):
    acc = 0
    out = []
    for i in range(n):
        acc += step
        if i % 500 == 0:
            out.append(acc)
    return acc, out

print(grow(3000, 2 ** 62))
print(grow(3000, 2 ** 125))
print(grow(3000, -(2 ** 125)))
print(grow(3000, 3 ** 79))

def square_acc(n):
    acc = 0
    for i in range(n):
        acc += i * (2 ** 61 + i)
    return acc

print(square_acc(3000))

def around_128(n):
    acc = 2 ** 127 - 1500
    out = []
    for i in range(n):
        acc += 1
        if acc >= 2 ** 127 - 2 and acc <= 2 ** 127 + 2:
            out.append(acc - 2 ** 127)
    return acc, out

print(around_128(3000))

def neg_around_128(n):
    acc = -(2 ** 127) + 1500
    out = []
    for i in range(n):
        acc -= 1
        if -(2 ** 127) - 2 <= acc <= -(2 ** 127) + 2:
            out.append(acc + 2 ** 127)
    return acc, out

print(neg_around_128(3000))

def mixed_sign(n):
    acc = 0
    for i in range(n):
        if i % 2:
            acc += 2 ** 100
        else:
            acc -= 2 ** 100 + 1
    return acc

print(mixed_sign(3001))

def back_down(n):
    acc = 0
    for i in range(n):
        if i < n // 2:
            acc += 2 ** 64
        else:
            acc -= 2 ** 64
        acc += 1
    return acc, type(acc).__name__

print(back_down(3000))

def counter_compare(n):
    acc = 2 ** 64
    hits = 0
    for i in range(n):
        acc += 2 ** 63
        if acc > 2 ** 70:
            hits += 1
        if acc == 2 ** 64 + 2000 * 2 ** 63:
            print("exact hit at", i)
    return hits, acc % 1000

print(counter_compare(3000))

# module level accumulator
a = 0
for i in range(5000):
    a += 2 ** 126
print(a, a > 2 ** 128, a // 2 ** 126)

b = 0
for i in range(5000):
    b = b * 2 + 1
    if b > 2 ** 130:
        b = b >> 100
print(b)
