# format() with float format specs
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1e16, 1.5e-7, 123456.789, -9.995, 2.5, 1e300, 0.1, 1/3, 12345678901234567.0]
specs = ["", "f", ".0f", ".1f", ".10f", "e", ".0e", ".3E", "g", ".0g", ".1g", ".3g", ".12g", "G", "#g", "#.3g",
         "%", ".0%", "10.2f", "<10.2f", "^12.3e", "+.2f", " .2f", "010.3f", "+010.1f", ",.2f", "_.3f", ",", "n", ".3n",
         "#.0f", "#.0e", "=+12.4f", "*>15,.2f", "z.1f", ".2", ".17g", "r" if False else "g"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR:" + str(e))
    print(repr(v), out)
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "e", "g", "%", "10f", "<8", "+f", "010f", "F", "E", "G"]])
