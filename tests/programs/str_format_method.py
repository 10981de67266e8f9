# str.format() with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:+d}".format(5))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:x} {:X} {:o} {:b}".format(255, 255, 8, 5))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
print("{0:{1}}|".format("pad", 6), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
class P:
    def __init__(self):
        self.x = 3
print("{0.x} {p.x}".format(P(), p=P()))
print(format(42), format(42, "5d"), format("s", "3"), format(3.5, ""), format(True))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
