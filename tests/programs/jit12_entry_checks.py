# A loop unit's caller checks what the unit was compiled for before it runs
# (jit/src/handoff.rs): the types of the scalars and objects it starts from,
# and its range iterators' speculated step and bounds. Each case enters one
# compiled loop with something else, so the caller reports the unit's entry
# mismatch and the loop is recompiled (or runs in the interpreter).


def bump(x, n, step=1):
    for _ in range(0, n, step):
        x += 1
    return x


# int, then float, then bool, then int again; another step; a range past 2**31.
print(bump(0, 3000), bump(0.5, 3000), bump(True, 3000), bump(7, 3000))
print(bump(0, 6000, 2), bump(0, 2**31 + 5000, 2**31 // 1000), bump(-5, 3000, 1))


def start_anywhere(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i & 7
    return total


# Compiled for a range from 0; entered below 0 and past 2**31.
print(start_anywhere(0, 4000), start_anywhere(-4000, 0), start_anywhere(2**31 - 2000, 2**31 + 2000))


def lengths(xs, n):
    t = 0
    for _ in range(n):
        t += len(xs)
    return t


# An object of another type each time.
print(lengths([1, 2], 3000), lengths("abc", 3000), lengths((1,), 3000), lengths({1: 2}, 3000))


def flags(flag, n):
    count = 0
    for _ in range(n):
        if flag:
            count += 1
    return count


print(flags(True, 3000), flags(False, 3000), flags(1, 3000), flags(0.0, 3000), flags("", 3000))

# Promoted globals of another type when the loop is entered again.
acc = 0
step = 1
for rounds in range(3):
    for _ in range(2000):
        acc += step
    print(rounds, acc, type(acc).__name__)
    step = 0.5 if rounds == 0 else 3
    acc = float(acc) if rounds == 0 else int(acc)
