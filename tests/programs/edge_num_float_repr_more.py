# float repr/str shortest round-trip
vals = [0.1 + 0.2, 1e15, 1e16, 1e17, 123456789012345.6, 1e-4, 1e-5, 0.00012345, 5e-324, 1.7976931348623157e308,
        2.0**60, 2.0**-20, 1/7, 100.0, -0.0, 9999999999999998.0, 1e22, 1e23, 0.3, 2.675, 1.1 * 1.1, 4.35 * 100]
for v in vals:
    print(repr(v), str(v), v.__repr__())
print([1.0, 2.5, -0.0], (1e100,), {0.5: 1.5})
print(1e16 == 10**16, float(10**16) == 10**16, 2**53 + 1 == float(2**53 + 1))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(1e300, 2), round(1.23456789e-10, 15), round(0.5, 0), round(-0.4), type(round(2.5)), type(round(2.5, 0)))
