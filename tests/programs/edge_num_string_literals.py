# string literal escapes and prefixes
print("\N{BULLET} \N{GREEK SMALL LETTER ALPHA} \N{LATIN CAPITAL LETTER E WITH ACUTE}")
print("\0\01\012\101\1010" == "\x00\x01\n" + "A" + "A0", "\x41\u0042\U00000043", len("\777"), repr("\777"))
print(r"\n\t\\" , len(r"\n"), r"a\"b", "", R"\d+", Rf"{1}\n" if True else "")
print("a" "b" 'c' """d""" '''e''', f"{1}" "x" rf"\{2}", fr'{3}\t')
print("""line1
line2\
 continued""")
print('''it's "quoted"''', "tab\tend", "bell\a".__len__(), "\v\f".isspace())
s = "multi" \
    "line"
print(s, "\u00e9" == "é", "\U0001F600" == "😀", "é" == "e\u0301", len("e\u0301"))
print(f"""{
    1 + 2
}""", f"{'nested'}")
x = 10
print(f"{x!r:>5}", f"{x:{'>'}{5}}", f"{(lambda: 7)()}", f"{x if x > 5 else 0}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }")
print(f"{(y := 5) + 1} {y}", f"{x:#x}{x:o}", f"{'{'}{'}'}", f"{{{x}}}", f"{x!s:*<{x}}")
print(f"{3.0:g}{'%'}", f"{'a' * 3}", f"{','.join(['p', 'q'])}", f"{x}" f"{x}", F"{x}")
