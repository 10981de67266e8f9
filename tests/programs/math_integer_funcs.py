# isqrt, gcd, lcm, factorial, comb, perm, prod.
import math
for n in (0, 1, 15, 16, 17, 99, 10 ** 20, 2 ** 101):
    print(n, math.isqrt(n))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(2 ** 80, 6 ** 30), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.factorial(70))
print(math.comb(5, 2), math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
for bad in (lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.perm(3, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
