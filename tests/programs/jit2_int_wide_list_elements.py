# Lists mixing small ints and big ints (unboxed to 128-bit where they fit):
# elements beyond 128 bits, negative extremes, accumulations in both directions.
def total(lst):
    t = 0
    for i in range(len(lst)):
        t += lst[i]
    return t

def total_iter(lst):
    t = 0
    for x in lst:
        t = t + x
    return t

base = [i if i % 3 else 2 ** 64 + i for i in range(3000)]
print(total(base), total_iter(base))
base[2500] = 2 ** 127
print(total(base), total_iter(base))
base[2600] = -(2 ** 127) - 5
print(total(base), total_iter(base))
base[2700] = 2 ** 200
print(total(base), total_iter(base))
base[2700] = -(2 ** 63)
print(total(base), total_iter(base))

def compare_big(lst):
    c = 0
    for x in lst:
        if x > 2 ** 64:
            c += 1
        if x < -(2 ** 63):
            c += 100
        if x == 2 ** 127:
            c += 10000
    return c

print(compare_big(base))

def neg_wide(lst):
    out = []
    for x in lst:
        y = -x
        z = y - 1
        out.append(z)
    return out[-3:], sum(out)

print(neg_wide([2 ** 100, -(2 ** 127), 2 ** 127 - 1, 5] * 700))

def mul_wide(lst):
    t = 0
    for x in lst:
        t += x * x
    return t

print(mul_wide([2 ** 62, -(2 ** 63), 3, 2 ** 31] * 750))
