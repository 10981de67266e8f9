# Hot-loop bit ops & | ^ ~ << >> including negative operands and shifts past 64 bits.
def bits(n):
    acc = 0
    for i in range(n):
        a = i * 2654435761 & 0xFFFFFFFF
        b = ~i
        acc ^= (a | (b & 0xFF)) ^ (a >> (i % 17))
        acc = acc & 0xFFFFFFFFFFFF
        if i % 800 == 0:
            print("b", i, acc, b, b >> 3, b << 2)
    return acc

print(bits(4000))

# shifts that grow past 2**63 in a hot loop
out = []
x = 0
for i in range(3000):
    s = i % 130
    v = (1 << s) | (i & 7)
    x += v >> (s // 2)
    if i % 600 == 0 or s == 64 or s == 127:
        out.append((i, v.bit_length(), x % 1000003))
print(out[:12])
print(len(out), x)

# negative numbers: arithmetic right shift and masking
neg = 0
for i in range(3000):
    v = -i - 1
    neg += (v >> 1) + (v >> 70) + (v & 0xF) + (v | 3) + (v ^ -1)
print("neg", neg)

# shift by a huge amount and a negative shift count (ValueError) mid-loop
errs = []
t = 0
for i in range(3000):
    c = -1 if i == 2600 else i % 200
    try:
        t += (i << c) >> c
    except ValueError as e:
        errs.append((i, str(e)))
print(t, errs)
print(1 << 64, 1 << 100 >> 99, -1 << 65, (-(1 << 70)) >> 68, ~(1 << 64), (2 ** 64 - 1) & -(2 ** 32))
print(5 >> 1000, -5 >> 1000, 0 << 10000)
