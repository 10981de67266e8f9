# str.format corner cases
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a}-{b}".format(a=1, b=2))
print("{0[1]} {0[0]}".format(["p", "q"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}))
class P:
    x = 10
    y = 20
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^9}|{:->6}|{:#<4}".format("mid", 5, 1))
print("{0!r:>10}|{0!s:<6}|".format("hi"))
print("{{}} {{{}}}".format(7))
print("{:,}".format(1234567890), "{:_}".format(-987654321))
print("{:.3}".format("abcdef"), "{:.3}".format(3.14159), "{:.3}".format(1234.5))
print("{0:{1}}|".format("x", 5), "{0:{fill}{align}{width}}".format("y", fill="*", align=">", width=4))
print("{:b} {:o} {:x} {:X} {:#b}".format(10, 10, 255, 255, 5))
print("{:e}".format(0.0), "{:%}".format(0.125), "{:g}".format(1e-5))
print("{}".format(True), "{:d}".format(True), "{:>5}".format(True))
for tmpl, args, kw in [("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{5}", (1,), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{0!z}", (1,), {})]:
    try:
        print(tmpl.format(*args, **kw))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print("{:=^20s}".format(" title "))
print(format(12, ""), format("s", ""), format(None, ""), format([1], ""))
print("{0:.2f} {0:.2e} {0:.2%}".format(0.123456))
