# join, split, rsplit, splitlines, partition.
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), " ".join([]))
print("a,b,,c".split(","), "a b  c ".split(), "  lead trail  ".split())
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", 1))
print("one two three".split(" ", 1), "x".split(","), "".split(","), "".split())
print("a\tb\nc  d".split(), "1::2::3".split("::"), "aaa".split("a"))
print("line1\nline2\r\nline3".splitlines(), "a\n\nb\n".splitlines())
print("key=value=x".partition("="), "novalue".partition("="), "a=b=c".rpartition("="))
print("  x  y  ".rsplit(None, 1), "a b c".rsplit(maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
csv = "name,age\nann,30\nbob,25"
for row in csv.split("\n"):
    print(row.split(","))
print("|".join(str(i) for i in range(5)))
