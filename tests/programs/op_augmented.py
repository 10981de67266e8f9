# Augmented assignment on names, attributes, subscripts.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 6
n <<= 3; print(n)
n >>= 1; print(n)
n &= 0b1110; print(n)
n |= 1; print(n)
n ^= 0xFF; print(n)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 7
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("m", 0)
d["m"] -= 5
print(d)
class O:
    pass
o = O()
o.v = 1
o.v += 99
print(o.v)
s = "ab"
s *= 3
s += "!"
print(s)
t = (1,)
t += (2, 3)
print(t)
big = 2 ** 62
big += big
big *= 4
print(big)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
