# Floor division and modulo by constant powers of two compile to a shift and a
# mask; Python rounds toward negative infinity, so negative operands matter.
vals = [-9, -8, -7, -2, -1, 0, 1, 2, 7, 8, 9, -2**63, 2**63 - 1, -2**62 - 3, 12345678901]
def f(n):
    acc = []
    for r in range(n):
        for x in vals:
            acc.append((x // 1, x % 1, x // 2, x % 2, x // 8, x % 8, x // 2**62, x % 2**62, x % 3, x // -2, x % -4, x // 4096))
    return acc
out = f(1500)
print(out[:15] == out[-15:], out[-15:])
