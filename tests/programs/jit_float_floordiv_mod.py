# Float // and % with negative operands in hot loops, and divmod consistency.
def check(n):
    acc = 0.0
    mism = 0
    for i in range(n):
        a = (i - n / 2) * 0.37
        b = ((i % 11) - 5) * 0.9 or 1.3
        q = a // b
        r = a % b
        acc += q + r
        if r != 0 and (r < 0) != (b < 0):
            mism += 1
        if divmod(a, b) != (q, r):
            mism += 1000
        if i % 700 == 0:
            print("fm", i, repr(a), repr(b), repr(q), repr(r))
    return repr(acc), mism

print(check(4200))

# int operands switch to float operands mid-loop
res = 0
for i in range(5000):
    a = i - 2500 if i < 3000 else (i - 2500) * 1.0
    res += a // 7 + a % 7 + a // -3 + a % -3
print(repr(res))
print(repr(-7.5 // 2), repr(-7.5 % 2), repr(7.5 // -2), repr(7.5 % -2), repr(-0.0 % 5), repr(0.0 % -5))
print(repr(1e300 // 1e-300), repr(-1e-300 % 1.0), repr(5.0 % float("inf")), repr(-5.0 % float("inf")))
print(repr(6.0 // 0.1), repr(6.0 % 0.1), divmod(-9.25, 2.5), divmod(9.25, -2.5))
