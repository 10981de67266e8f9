vals = [0.1, 1/3, 2**-30, 1e-300, 5e-324, 1.7976931348623157e308, 123.456, 0.5, 2.5, 1e23, 9.5, 0.125, 1e-5]
for v in vals:
    print(f"{v:.30f}", f"{v:.25e}", f"{v:.40g}", "%.60f" % v if v > 1e-10 else "", f"{v:.3a}" if False else "")
print(format(5e-324, ".400f")[-30:], format(1e300, ".2f")[:40], len(format(1e308, "f")), format(2**-1074, ".1100f")[-10:])
print(format(0.1, ".55f"), format(1/3, ".100f"))
print("%.100e" % 0.1)
print(round(5e-324, 330), round(1e-320, 322), round(123.456, 300), round(0.1, 17), round(0.1, 18), round(1e22, -22), round(5e22, -23))
