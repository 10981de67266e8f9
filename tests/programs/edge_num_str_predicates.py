# str predicates over tricky characters
chars = ["a", "Z", "5", "½", "²", "٣", "Ⅷ", " ", "\t", "\u00a0", "\u2028", "é", "_", "-", "", "aB", "a1", "1a", "ǅ", "ﬁ", "\x00", "\x1f", "\u200b", "Ab Cd", "AB cd", "😀"]
for c in chars:
    print(repr(c), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isspace(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isprintable(), c.isascii())
