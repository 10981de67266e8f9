# `x + c` and `x - c` with a constant `c`: compiled code compares `x` with the
# last value that does not overflow 64 bits. Each function is hot, then gets
# the values on both sides of its bound (the result must become a big int).

M = 2 ** 63 - 1
N = -(2 ** 63)


def add1(x):
    return x + 1


def add7(x):
    return x + 7


def add_big(x):
    return x + 4611686018427387904


def add_max(x):
    return x + 9223372036854775807


def add_neg1(x):
    return x + -1


def add_neg_big(x):
    return x + -9223372036854775807


def sub1(x):
    return x - 1


def sub_neg3(x):
    return x - -3


def sub_max(x):
    return x - 9223372036854775807


def inplace(x):
    x += 5
    x -= 2
    return x


CASES = [
    (add1, 1), (add7, 7), (add_big, 2 ** 62), (add_max, M), (add_neg1, -1),
    (add_neg_big, -M), (sub1, -1), (sub_neg3, 3), (sub_max, -M), (inplace, 3),
]

for f, delta in CASES:
    warm = 0
    for i in range(3000):
        warm += f(i) - f(-i)
    bound = M - delta if delta > 0 else N - delta
    step = 1 if delta > 0 else -1
    edge = [bound - 2 * step, bound - step, bound, bound + step, bound + 2 * step, M, N, 0]
    print(f.__name__, warm, [f(x) for x in edge])
    # The same values inside a hot loop, after it is compiled.
    out = []
    for k in range(2000):
        x = edge[k % len(edge)]
        out.append(f(x))
    print(f.__name__, "loop", sum(out) % 1000000007, out[-8:])
