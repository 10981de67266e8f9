fmts = ["%-+05d", "%+-5d", "% -5d|", "%#5.3x", "%#-8o|", "% 05.1f", "%+.0e", "%-#10.3g|", "%010.3e", "%+#x", "%#.3o", "%.0d", "%.3d", "%5.3d", "%-05s|", "%+s", "% s", "%#s", "%05c", "%.0s|", "%i", "%5%", "%-5%|", "%.2%"]
for f in fmts:
    for v in [42, -3.5, 0, "xy", 255]:
        try:
            print(repr(f), repr(v), repr(f % v))
        except (TypeError, ValueError) as e:
            print(repr(f), repr(v), type(e).__name__, e)
print("%(a)*d" % {"a": 1} if False else "", "%s%%" % 5, "%%s" % (), "%c" % 0x1F600, "%r" % "é", "%a" % "é\n")
print("%5.2s|%-5.2s|" % ("abc", "abc"), "%.1f%%" % 99.95, "%s" % {"a": 1}, "%s %s" % (None, ...))
for f, a in [("%(a)*d", {"a": 1}), ("%*s", ("x",)), ("%(a)s %(b)s", {"a": 1}), ("%s", {}), ("%d", {}), ("%(a)", {"a": 1}), ("%.*s", (1.5, "x")), ("%x", 1.5), ("%o", 2.0), ("%X", True), ("%c", None), ("%e", "1")]:
    try:
        print(f, repr(f % a))
    except (TypeError, ValueError, KeyError) as e:
        print(f, type(e).__name__, e)
