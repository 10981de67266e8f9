# string methods: split/rsplit/partition/splitlines with edge args
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "  ".rsplit(None, 1), "a b c".rsplit(maxsplit=1), "a\tb\nc\x0bd\x1ce".split())
print("a1b1c".split("1", 0), "a1b1c".split("1", -1), "aaa".split("aa"), "aaaa".rsplit("aa"))
print("x=y=z".partition("="), "x=y=z".rpartition("="), "xyz".partition("-"), "xyz".rpartition("-"))
print("l1\nl2\r\nl3\rl4\x0cl5\u2028l6".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
for bad in [lambda: "a".split(""), lambda: "a".partition("")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("abc".center(8, "*"), "abc".center(7), "ab".center(5, "-"), "abc".ljust(2), "x".rjust(4, "0"), "-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(3))
print("hello world".title(), "hELLO wORLD".swapcase(), "they're bill's".title(), "ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
print("straße".casefold(), "ΣΑΣ".lower(), "a1b2".capitalize(), "HELLO".capitalize(), "ﬁ".upper())
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "abc\t\tx".expandtabs(2), "\t".expandtabs(0))
print("abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""), "abc".count("", 1), "abc".count("c", -1), "".count(""))
print("abc".find("c", -1), "abc".rfind(""), "abc".index("b"), "abcabc".rindex("b", 0, 4), "abc".find("", 10))
print("a.b.c".replace(".", "-", 1), "abc".replace("", "|"), "aaa".replace("a", "bb", 2), "abc".replace("x", "y"), "".replace("", "x"))
print("test.py".removesuffix(".py"), "test.py".removeprefix("te"), "abc".removeprefix("x"), "abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("", 5))
