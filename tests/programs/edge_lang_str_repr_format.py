class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
    def __str__(self):
        return "strF"
    def __repr__(self):
        return "reprF"
f = F()
print(f"{f}", f"{f:abc}", f"{f!r}", f"{f!s}", format(f, "x"), "{}".format(f), "{!r:>8}".format(f))
print([f], (f,), {f: f}, str([f]), "%s %r" % (f, f))
class OnlyRepr:
    def __repr__(self):
        return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "OS"
print(OnlyStr(), [str(OnlyStr())])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
