# strip/lstrip/rstrip with and without chars; removeprefix/removesuffix.
s = "   hello world \t\n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print(repr("".strip()), repr("   ".strip()), "no-op".strip())
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"))
print("abc".removeprefix("x"), "abc".removesuffix("x"))
print("  a  ".center(9, "*"), "ab".ljust(5, ".") + "|", "ab".rjust(5) + "|", "42".zfill(5), "-42".zfill(6))
print("abc".center(2), "x".center(4, "-"))
print("\u00a0nbsp\u2003".strip() == "nbsp")
