# division and modulo signs across int, float, bigints
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 1), (-1, 10**20), (10**20, -7), (-(10**25), 13), (2**64, 2**32), (-2**63, -1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 10**18 else "big")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e300, 1e-300), (0.0, 3), (-0.0, 3), (5, 0.3), (-1e-20, 1.0), (1.0, -1e-20), (3, float("inf")), (-3, float("inf"))]
for a, b in fpairs:
    print(repr(a), repr(b), repr(a // b), repr(a % b), repr(divmod(a, b)))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10**30, 0), (-0.0, 0.0)]:
    for op in ("/", "//", "%", "divmod"):
        try:
            if op == "/": r = a / b
            elif op == "//": r = a // b
            elif op == "%": r = a % b
            else: r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError", e)
print(10**40 / 10**20, (10**400) // (10**399), 2**1000 / 2**999)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(1 / 3 * 3, 7 // 2.0, -7 // 2.0, 7 % -2.5, float("inf") % 3 if False else 0)
