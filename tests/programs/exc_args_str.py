# Exception args, str(), repr() for different arities.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(3.5), KeyError("k"),
          KeyError("a", "b"), IndexError(), ZeroDivisionError("x")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("original")
e.args = ("changed",)
print(e)
try:
    raise Exception("with", "many", "args")
except Exception as ex:
    print(ex, len(ex.args), ex.args[1])
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
x = MyErr(404)
print(x, x.code, x.args, repr(x))
print(str(KeyError("quoted")), str(KeyError(1)), str(KeyError()))
