# %-formatting corner cases
print("%d %i %u" % (3, -4, 5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%e %E %.2e %10.3E" % (12345.678, 0.000123, 1.0, -5.5))
print("%f %.0f %.1f %10.4f %-10.2f|" % (3.14159, 2.5, 0.05, -1.0, 7.0))
print("%g %G %.3g %g %g" % (0.0001, 1e-10, 1234567.0, 100000.0, 1000000.0))
print("%s %r %a" % ("é", "é", "é"))
print("%c%c%c" % (72, "i", 33))
print("%%|%5s|%-5s|%.2s" % ("ab", "cd", "xyz"))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%d" % 3.99, "%x" % -255, "%o" % -8)
print("%d" % True, "%s" % None, "%r" % 1.5)
print("%.3s|%10.2s|" % ("abcdef", "abcdef"))
print("%#.0f %#g %#x" % (3.0, 2.0, 0))
print("%d" % (10**30), "%x" % (2**100))
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%(x)s", 5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
