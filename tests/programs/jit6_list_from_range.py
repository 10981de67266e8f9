# list(range(...)) builds unboxed int storage when every item fits in 64 bits;
# ranges past 64 bits keep general storage. Then compiled code indexes it.
big = 2**63
for r in [range(5), range(-3, 10, 4), range(10, -10, -3), range(0), range(5, 5), range(-big, big - 1, 2**62), range(big - 3, big + 2), range(-big - 1, -big + 2), range(-big, -big + 3)]:
    xs = list(r)
    xs.append(7)
    print(xs[:6], len(xs), sum(xs), xs[-2:])
ys = list(range(3000))
acc = 0
for i in range(len(ys)):
    ys[i] = ys[i] * 2 + ys[-1 - i]
    acc += ys[i]
print(acc, ys[:4], ys == sorted(ys))
