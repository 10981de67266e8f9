# find/rfind/index/rindex/count/replace/startswith/endswith.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.find(""))
print(s.index("fox"), s.rindex("o"), s.find("o", 15, 20), s.find("o", -5))
print(s.count("o"), s.count("the"), s.count(""), s.count("o", 20), "aaaa".count("aa"))
print(s.replace("the", "THE"), s.replace("o", "0", 2), "aaa".replace("a", "bb"), "abc".replace("", "-"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), "".startswith(""), "abc".endswith(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError:", e)
print("mississippi".replace("ss", "SS"), "mississippi".count("ss"), "mississippi".rfind("ss"))
print("a-b-c".replace("-", ""), "x".replace("x", "xyx", 1))
