# Float floor division and modulo: result sign follows the divisor.
for a in (7.5, -7.5, 0.0, -0.0, 3.0, -3.0):
    for b in (2.0, -2.0, 0.5, -1.25):
        print(a, b, a // b, a % b)
print(1e300 % 3.0, -1e300 % 3.0)
print(5 % float("inf"), -5 % float("inf"))
print(5 // float("inf"), -5 // float("inf"))
print(0.7 % 0.1, 0.7 // 0.1)
print(divmod(-0.0, 1.0), divmod(0.0, -1.0))
