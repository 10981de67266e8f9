# format() with integer format specs
vals = [0, 1, -1, 7, -42, 255, 1000000, -1234567, 2**40, -(2**70)]
specs = ["d", "5d", "<6d", "^7d", ">8d", "=+9d", "+d", " d", "-d", "08d", "_d", ",d",
         "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "_b", "_x", "#_x",
         "c", "n", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G", "*^12,d", "0=10d", "010,d"]
for v in vals:
    out = []
    for s in specs:
        if s == "c" and (v < 0 or v > 0x10FFFF):
            continue
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append("ERR:" + type(e).__name__)
    print(v, repr(out))
