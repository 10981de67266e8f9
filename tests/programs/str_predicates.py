# isdigit family and other character-class predicates.
samples = ["123", "12.5", "", "abc", "abc123", "ABC", " ", "\t\n", "١٢٣", "½", "²", "Ⅻ", "x_y", "_id", "3d", "héllo"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
print("abc\x01".isprintable(), "Hello".isalpha(), "-1".isdigit())
