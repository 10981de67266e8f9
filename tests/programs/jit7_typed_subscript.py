# `seq[i]` whose result the interpreter only ever saw as one scalar type (int,
# float or bool) is loaded unboxed behind a type guard. Every way the guess can
# go wrong must deoptimize to the subscript and give CPython's result.


def dot(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


xs = [i * 0.5 for i in range(3000)]
ys = [1.0 / (i + 1) for i in range(3000)]
print("dot", dot(xs, ys))

# The same loop, now on an item of another type in the middle: an int, a
# bool, a str (TypeError from the multiplication) and None.
for bad in (7, True, None, "x"):
    zs = list(ys)
    zs[1700] = bad
    try:
        print("dot", repr(bad), dot(xs, zs))
    except TypeError as e:
        print("dot", repr(bad), "TypeError:", e)


def body_sums(bodies, steps):
    # nbody's shape: lists of floats read and written at constant indices.
    for _ in range(steps):
        for b in bodies:
            b[0] += 0.01 * b[3]
            b[1] += 0.01 * b[4]
            b[3] -= b[0] * 0.001
            b[4] -= b[1] * 0.001
    return [round(b[0], 9) + round(b[1], 9) for b in bodies]


bodies = [[float(i), float(-i), 0.0, 1.0, 0.5 * i] for i in range(5)]
print("bodies", body_sums(bodies, 400))
# An int slipped into a body: the float guard fails once, the loop carries on.
bodies[2][3] = 2
print("bodies int", body_sums(bodies, 400))


def count_flags(flags):
    # Items that are bools, then ints, in one compiled loop.
    n = 0
    for i in range(len(flags)):
        if flags[i]:
            n += 1
    return n


flags = [i % 3 == 0 for i in range(5000)]
print("flags", count_flags(flags))
flags[4000] = 5
print("flags int", count_flags(flags))
flags[4500] = 0.0
print("flags float", count_flags(flags))


def ints_and_negatives(v):
    # Int items (a list made of ints keeps compact int storage until compiled
    # code reads it), negative and constant indices, a tuple.
    t = (3, 1, 4, 1, 5)
    s = 0
    for i in range(1, len(v)):
        s += v[i] - v[-i] + v[0] * t[i % 5] - t[-1]
    return s


v = list(range(2000))
print("ints", ints_and_negatives(v))
v[1000] = 2 ** 70
print("big item", ints_and_negatives(v))
v[1000] = 1.5
print("float item", ints_and_negatives(v))


def shrinking(v):
    # The list shrinks under the loop: an index check fails, then IndexError.
    s = 0.0
    for i in range(len(v)):
        s += v[i]
        if i == 1500:
            del v[1800:]
    return s


try:
    shrinking([float(i) for i in range(2500)])
except IndexError as e:
    print("shrinking IndexError:", e)


def out_of_range(v, n):
    # IndexError from a subscript caught inside the compiled loop.
    s = 0.0
    misses = 0
    for i in range(n):
        try:
            s += v[i]
        except IndexError:
            misses += 1
    return s, misses


print("out of range", out_of_range([0.25] * 1000, 1300))


def matrix(n):
    # Nested lists: the row is a list, its items floats.
    m = [[float(i * n + j) for j in range(n)] for i in range(n)]
    tr = 0.0
    for i in range(n):
        row = m[i]
        tr += row[i] + m[i][n - 1 - i]
    return tr


print("matrix", matrix(60))


def changing_types(v):
    # The item's type changes again and again: float, int, str.
    out = []
    for i in range(len(v)):
        x = v[i]
        out.append(x * 2)
    return out[::400]


w = [i * 1.0 for i in range(2000)] + list(range(2000)) + ["ab"] * 10
print("changing", changing_types(w))
