# printf-style % formatting with tuple and dict arguments.
print("%d %5.2f %s %r %x %%" % (42, 3.14159, "str", "repr", 255))
print("%s" % "single", "%s" % (1,), "%s and %s" % ("a", "b"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 0.00001234, 1e20))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%c%c" % (72, "i"), "%i" % 7.9, "%d" % True, "%s" % None, "%r" % [1, "a"])
print("%.3f %.0f %.1f" % (2.0005, 2.5, -0.05))
print("%*d|%-*d|" % (6, 1, 6, 2), "%.*f" % (2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
