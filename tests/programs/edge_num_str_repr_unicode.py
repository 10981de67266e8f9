# repr/ascii of strings with all kinds of characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx", "bs\\x", "\x00\x07\x08\x0b\x0c\x1b\x7f",
           "\x80\x9f\xa0\xad\xff", "é ü ß", "\u2028\u2029", "\u200b\u200e\ufeff", "\ud7ff", "☃ 😀 𝄞", "\U000e0001", "\U0010ffff", "\u0378", "\ue000"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(["a'b", 'c"d']), repr(("é",)), str(["\n"]), repr({"k\t": "v\\"}))
print(repr(chr(0x300)), repr("a\u0301"), repr(chr(0x1F600)), ascii(chr(0x1F600)), ascii(chr(0xFFFF)))
print([hex(ord(c)) for c in "aé☃😀"], chr(65), chr(0x10FFFF) == "\U0010ffff")
for v in [-1, 0x110000]:
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ["", "ab", 5]:
    try:
        ord(v)
    except TypeError as e:
        print("TypeError", e)
