# The interpreter entering compiled function units: with a plain call when every
# parameter travels in an integer register (int, bool, boxed by address), through
# a compiled trampoline otherwise (a float parameter, more than six parameters).
# Arguments of another representation than the unit's fall back to the
# interpreter; exceptions and the call depth come back intact either way.

def count_down(n, flag, acc):
    if n <= 0:
        return acc
    return count_down(n - 1, flag, acc + (1 if flag else 2))

def length_plus(x, seq):
    total = x
    for _ in range(2):
        total += len(seq)
    return total

def scale(x, factor):
    return x * factor

def six(a, b, c, d, e, f):
    return a - b + c - d + e - f

def seven(a, b, c, d, e, f, g):
    return a + b * c - d * e + f - g

def divide(a, b):
    return a // b

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

# `map` calls each function from the runtime, so every call enters the unit from
# the interpreter (a compiled loop would call the unit's code directly).
N = 1500
ints = list(range(N))
print(sum(map(count_down, [20] * N, [i % 3 == 0 for i in ints], ints)))
print(sum(map(length_plus, ints, [(1, 2, 3)] * N)))
print(sum(map(scale, ints, [0.5] * N)))
print(sum(map(six, ints, [1] * N, [2] * N, [3] * N, [4] * N, [5] * N)))
print(sum(map(seven, ints, [1] * N, [2] * N, [3] * N, [4] * N, [5] * N, [6] * N)))
print(sum(map(divide, [i + 7 for i in ints], [3] * N)))

# Arguments whose representation differs from the compiled units'.
print(count_down(5, 1, 0), count_down(5, None, 0.5), count_down(True, True, 10))
print(length_plus(2.5, "abcd"), length_plus(1, [1]), length_plus(True, range(3)))
print(scale(3, 2), scale(2.5, 2.5), scale("ab", 3))
print(six(1.5, 1, 2, 3, 4, 5), six(10**20, 1, 2, 3, 4, 5), six(True, False, 1, 0, 1, 0))
print(seven(1, 2, 3, 4, 5, 6, 7.5), seven(2**62, 2**62, 2, 0, 0, 0, 0))
print(divide(10**19, 7), divide(-7, 2), divide(7.5, 2))

# Exceptions raised inside a unit entered from the interpreter.
for a, b in [(1, 0), (5, 2), (True, 0)]:
    try:
        print(divide(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# The interpreter's call depth is put back after each entry: recursion as deep
# as the limit allows still works after many compiled calls.
for _ in range(300):
    depth(30)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(900))
