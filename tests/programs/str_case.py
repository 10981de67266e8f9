# Case conversion methods.
s = "hello World FROM python3"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("they're bill's friends".title(), "hello-world_foo bar".title())
print("ÉCOLE".lower(), "straße".upper(), "ǆ".title() == "ǅ")
print("ABC".isupper(), "abc".islower(), "Abc Def".istitle(), "Abc def".istitle(), "123".isupper())
print("MiXeD".casefold(), "ß".casefold())
words = "the lord of the rings".split()
print(" ".join(w.capitalize() for w in words))
print("hello"[0].upper() + "hello"[1:])
