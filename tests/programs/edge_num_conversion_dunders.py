import math
class X:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return 9
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __index__(self): return 6
    def __round__(self, n=None): return ("round", n)
    def __complex__(self): return 0
x = X()
print(math.floor(x), math.ceil(x), math.trunc(x), int(x), float(x), hex(x), bin(x), oct(x), round(x), round(x, 3))
print(math.sqrt(x), math.isfinite(x), math.factorial(x), math.gcd(x, 4), math.comb(x, 2), math.isqrt(x))
print(range(x), list(range(x))[-1], [0, 1, 2, 3, 4, 5, 6, 7][x], "abcdefgh"[x], "abcdefghij"[x:], [1, 2] * 0 if False else "")
class Y:
    def __float__(self): return 3.5
print(math.floor(Y()), math.ceil(Y()), math.sqrt(Y()), math.exp(Y()) > 1, float(Y()), round(float(Y())))
try:
    int(Y())
except TypeError as e:
    print("TypeError", e)
class Z:
    def __int__(self): return 3
try:
    print(float(Z()))
except TypeError as e:
    print("TypeError", e)
try:
    print(hex(Z()))
except TypeError as e:
    print("TypeError", e)
