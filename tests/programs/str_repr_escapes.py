# repr of strings: quote choice and escapes.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x1b", "\r", "é", "日本", "\u200b", "\x7f", "\ud800" if False else "ok", "", "'", '"']
for s in samples:
    print(repr(s))
print(str("tab\there"))
print(["a'b", 'c"d', "e\n"])
print(("x",), {"k": "v'"})
print(repr("\\n"), len("\\n"), len("\n"))
print(ascii("héllo"), ascii("日本"), ascii("plain"))
print("\x41\u0042\N{LATIN SMALL LETTER C}", "\101", "a\
b")
print(r"raw\nstring", len(r"\n"))
