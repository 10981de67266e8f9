class P:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "getattr:" + n
print(P().p)
