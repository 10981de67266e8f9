# Unicode text: lengths, slicing, iteration by code point.
s = "naïve café — 日本語 😀!"
print(s, len(s))
print(s[0:5], s[-3:], s[::-1])
print(s.upper(), s.title())
print([c for c in s if ord(c) > 127])
print(s.find("日本"), s.count("é"), "😀" in s)
print(s.split(" "))
print("Ωmega".lower(), "ΣΊΣΥΦΟΣ".lower())
print(sorted("zébra"))
greek = "αβγδε"
print(greek[1:4], greek.upper(), len(greek))
print(f"{'日本':>6}|{'é':^5}|")
