# Loop units start int accumulators in 128 bits when the range they run over
# would take them past 64 bits (see jit/src/accumulators.rs). Every variant
# must print what CPython prints, whether the prediction holds or not.

def squares(n):
    total = 0
    for i in range(n):
        total += i ** 2 * 1000000
    return total


def spelled_out(n):
    total = 0
    for i in range(n):
        total = total + i * i * 1000000
    return total


def going_down(n):
    # Subtraction grows the magnitude too.
    total = 0
    for i in range(n):
        total -= i * i * 3000000
    return total


def stepped(n):
    total = 0
    for i in range(n, 0, -7):
        total += i * i * i * 1000
    return total


def stops_early(n):
    # Predicted to overflow, but leaves long before: the result stays small.
    total = 0
    for i in range(n):
        total += i * i
        if total > 10 ** 6:
            break
    return total


def used_otherwise(n):
    # The 128-bit total also feeds other operations.
    total = 0
    hits = 0
    for i in range(n):
        total += i * i * 1000003
        if total % 7 == 0:
            hits += 1
    return total, hits, total > 2 ** 63, total // 10 ** 9


def near_the_top(n):
    total = 2 ** 63 - 10 ** 6
    for i in range(n):
        total += i
    return total


def past_128_bits(n):
    # Starts below 2**63, predicted wide, then outgrows 128 bits as well.
    total = 2 ** 62
    for i in range(n):
        total += i * 2 ** 40 * 2 ** 40 * 2 ** 40
    return total


def changes_type(n):
    total = 0
    for i in range(n):
        total += i * i * 1000000
        if i == n - 3:
            total = float(total)
    return total


def nested(n):
    total = 0
    for i in range(n):
        for j in range(3):
            total += i * j
        total += i * i * i * 10000
    return total


for f in (squares, spelled_out, going_down, stepped, stops_early, used_otherwise):
    print(f.__name__, f(3000), f(60_000))
print(near_the_top(5000), past_128_bits(3000))
print(changes_type(60_000), nested(3000), nested(60_000))

g_total = 0
for g_i in range(60_000):
    g_total += g_i ** 2 * 1000000
print(g_total)
g_total = 1
for g_i in range(5000):
    g_total += g_i
print(g_total)
