# A loop over a range counting up within 0..2**31 knows its item's bounds, so
# arithmetic whose results provably fit 64 bits skips its overflow check. The
# results must stay exact at the edges of those bounds and past them.
def squares(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i * i + 2 * i - 7
    return total

print(squares(0, 5000))
print(squares(2**31 - 3000, 2**31))          # squares near 2**62: still 64 bits
print(squares(2**31 - 3000, 2**31 + 3000))   # past the speculation: recompiled
print(squares(-3000, 3000))                  # negative items: not speculated

def cubes(n, start):
    out = []
    for i in range(start, n):
        out.append(i ** 3)                   # outgrows 64 bits near 2**21
    return out[-1], len(out)

print(cubes(5000, 0))
print(cubes(2**31, 2**31 - 2000))

def scaled(n):
    s = 0
    for i in range(n):
        s += i * 10**10                      # may overflow: keeps its check
    return s

print(scaled(4000), scaled(2**20 + 1000) % 1000003)

def reassigned(n):
    s = 0
    for i in range(n):
        i = i * 3**30                        # the item is overwritten in the body
        s += i * 7
    return s

print(reassigned(3000))

# Module level: the loop variable is a global kept in a register.
acc = 0
for k in range(3000):
    acc += k * k * k
print(acc)

def entered_again(n):
    # The same loop over ranges of very different sizes.
    t = 0
    for i in range(n, n + 1500):
        t += i * i
    return t

for n in [0, 10, 2**31 - 1500, 2**32, 5, 2**40]:
    print(entered_again(n))
