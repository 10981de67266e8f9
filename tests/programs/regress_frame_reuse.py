# Frames of plain functions are recycled with their constants; every local must
# start unbound again, arguments must be fresh, and constants must be intact.


def maybe_bind(flag):
    if flag:
        x = "bound"
    try:
        return x
    except UnboundLocalError as e:
        return "unbound: " + str(e)


for flag in (True, False, True, False):
    print(maybe_bind(flag))


def label(n):
    prefix = "n="
    if n <= 0:
        return prefix + "0"
    return prefix + str(n) + "," + label(n - 1)


print(label(4))
print(label(2))


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


print([even(i) for i in range(6)], odd(7))


def consts(a, b):
    t = (1, "two", 3.0, None)
    s = "abc" * a
    return t, s, b


for i in range(3):
    print(consts(i, [i] * i))


def acc(n, total):
    if n == 0:
        return total
    big = 2**70 + n
    return acc(n - 1, total + big)


print(acc(50, 0))


def raises_midway(n):
    tmp = [n] * 3
    if n == 3:
        raise KeyError(n)
    return raises_midway(n + 1) + len(tmp)


try:
    raises_midway(0)
except KeyError as e:
    print("KeyError", e)
print(maybe_bind(False), label(1))
