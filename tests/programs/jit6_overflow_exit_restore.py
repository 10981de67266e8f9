# An int add or subtract that overwrites an operand (`total += x`) leaves
# native code on overflow with the operand recomputed from the wrapped result
# (exit code does not keep the old value). Every form below overflows 64 bits,
# and the 128-bit ones overflow 128 bits, in the middle of a compiled loop.

BIG = 2 ** 62


def step(i):
    # Small while the loop gets hot and compiled, then large.
    return i if i < 2000 else BIG + i


def add_left(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total


def add_right(n):
    total = 0
    for i in range(n):
        total = step(i) + total
    return total


def sub_left(n):
    total = 0
    for i in range(n):
        total -= step(i)
    return total


def sub_right(n):
    total = 5
    for i in range(n):
        total = step(i) * 3 - total
    return total


def both_sides(n):
    x = 1
    for i in range(n):
        x = x + x
        if x > 2 ** 70:
            x = i + 1
    return x


def wide_accumulator(n):
    # 128 bits after the first recompile, then past 2**127.
    total = 2 ** 70
    for i in range(n):
        total += 2 ** 116 + i
    return total


def wide_subtract(n):
    total = -(2 ** 70)
    for i in range(n):
        total -= 2 ** 116 - i
    return total


for f in (add_left, add_right, sub_left, sub_right, both_sides, wide_subtract):
    print(f.__name__, f(3000))

print("wide", wide_accumulator(300), wide_accumulator(4000))

total = 0
for i in range(5000):
    total += i if i < 2500 else i * 2 ** 62
print("module global", total)

acc = 0
for i in range(5000):
    acc = acc - (i if i < 2500 else 2 ** 61)
print("module global sub", acc)

print("sum genexpr", sum(x * x * 999999937 for x in range(5000)))
print("sum genexpr big items", sum(x * 2 ** 62 for x in range(2 ** 20, 2 ** 20 + 4000)))
# A running total that starts just below 2**127 and passes it while compiled.
print("sum genexpr past 2**127", sum((x for x in range(5000)), 2 ** 127 - 4000000))
print("sum genexpr below -2**127", sum((-x for x in range(5000)), -(2 ** 127) + 4000000))
print("sum negative", sum(-(x * x) * 2 ** 40 for x in range(5000)))
