# print with sep/end/file/flush
import sys
print()
print("a", "b", sep="")
print("a", "b", sep=None)
print("a", "b", end=None)
print(1, 2, 3, sep=", ", end=".\n")
print("x", end="")
print("y", end="")
print()
print(*[1, 2, 3], sep="\n")
print(*"abc", sep="-", end="!\n")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print(file=None)
print("", "", sep="|")
print(sep="x", end="E\n")
print(None, True, 1.0, [None], sep="\t")
for bad in [dict(sep=1), dict(end=2), dict(file=5)]:
    try:
        print("q", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout.write("w1\n")
n = sys.stdout.write("abc\n")
print(n)
print("end", end="\n\n")
