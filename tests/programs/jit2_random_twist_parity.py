# Inline random.random() interleaved with single-word draws so the Mersenne Twister
# index is odd when the state is exhausted (twist boundaries crossed mid-pair).
import random

def odd_parity(n):
    random.seed(42)
    random.getrandbits(32)
    s = 0.0
    marks = []
    for i in range(n):
        s += random.random()
        if i % 311 == 0:
            marks.append(random.getrandbits(32))
        if i % 997 == 0:
            marks.append(round(s, 9))
    return marks[-6:], s

print(odd_parity(5000))

def ranges(n):
    random.seed(2023)
    out = []
    t = 0.0
    for i in range(n):
        t += random.random()
        k = random.randrange(3 + i % 17)
        t += k
        if i % 1000 == 999:
            out.append((k, round(t, 6)))
    return out

print(ranges(5000))

def bits_then_float(n):
    random.seed(7)
    acc = 0
    fl = 0.0
    for i in range(n):
        if i % 2:
            acc ^= random.getrandbits(1 + i % 32)
        else:
            fl += random.random()
    return acc, fl

print(bits_then_float(6000))

def float_sequence_equal(n):
    random.seed(99)
    a = [random.random() for _ in range(n)]
    random.seed(99)
    b = []
    for i in range(n):
        b.append(random.random())
    return a == b, a[623], a[624], a[1247]

print(float_sequence_equal(3000))
